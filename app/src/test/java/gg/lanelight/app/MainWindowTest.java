package gg.lanelight.app;

import static gg.lanelight.app.TestFixtures.awaitFx;
import static gg.lanelight.app.TestFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.lanelight.app.client.ConnectionStatus;
import gg.lanelight.app.history.HistoryStore;
import gg.lanelight.app.history.MatchRecord;
import gg.lanelight.app.main.HistoryRow;
import gg.lanelight.app.main.MainWindow;
import gg.lanelight.app.session.Session;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.stats.StatsClient;
import gg.lanelight.app.trace.TraceRecorder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window: history from a SQLite file written by an earlier run, status, and the one message area. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dataDir;

    private final StaticData staticData = StaticData.bundled();
    private MainWindow main;
    private Screens screens;
    private Session session;
    private HistoryStore history;

    @Start
    void start(Stage stage) {
        TestScreens on = TestScreens.on(stage, TraceRecorder.disabled(), staticData, () -> {});
        main = on.main();
        screens = on.screens();
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (history != null) {
            history.close();
        }
    }

    @Test
    void listsTheGamesOfAnEarlierRunNewestFirst(FxRobot robot) throws Exception {
        List<MatchRecord> earlierRun = List.of(
                match(1001, "2026-11-30T20:00:00Z", 145, "BOTTOM", true, 9, 2, 11, 1_920),
                match(1002, "2026-12-02T19:30:00Z", 103, "MIDDLE", false, 3, 6, 4, 1_655),
                match(1003, "2026-12-01T21:15:00Z", 412, "UTILITY", true, 1, 3, 19, 2_101));
        try (HistoryStore writer = HistoryStore.open(dataDir.resolve("history.db"))) {
            for (MatchRecord match : earlierRun) {
                writer.save(match);
            }
        }

        history = HistoryStore.open(dataDir.resolve("history.db"));
        session = newSession(Optional.of(history));
        session.loadHistory();

        awaitFx(5, () -> table(robot).getItems().size() == earlierRun.size());
        List<HistoryRow> rows = onFx(() -> List.copyOf(table(robot).getItems()));
        MatchRecord newest = earlierRun.get(1);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        assertEquals(newest.gameId(), rows.get(0).gameId());
        assertEquals(
                date.format(newest.playedAt().atZone(ZoneId.systemDefault())),
                rows.get(0).date());
        assertEquals(staticData.championName(103), rows.get(0).champion());
        assertEquals("Defeat", rows.get(0).result());
        assertEquals("3/6/4", rows.get(0).kda());
        assertEquals(
                newest.durationSeconds() / 60 + ":" + String.format("%02d", newest.durationSeconds() % 60),
                rows.get(0).duration());
        assertEquals(
                List.of(1002L, 1003L, 1001L),
                rows.stream().map(HistoryRow::gameId).toList());
    }

    @Test
    void showsStatusPhaseAndEveryFaultInTheMessageArea(FxRobot robot) {
        session = newSession(Optional.empty());
        String fault = "The League client sent a champion-select update Lanelight could not read. "
                + "It will keep working with the next update.";

        session.connectionChanged(new ConnectionStatus(ConnectionStatus.State.CONNECTED, "Connected to the client."));
        session.phaseChanged("Lobby");
        session.clientFault(fault);

        awaitFx(5, () -> label(robot, "#message-area").getText().equals(fault));
        assertEquals(
                "Connected to the client.",
                onFx(() -> label(robot, "#connection").getText()));
        assertEquals("Phase: Lobby", onFx(() -> label(robot, "#gameflow-phase").getText()));
        assertEquals(true, onFx(() -> label(robot, "#message-area").isVisible()));
    }

    private Session newSession(Optional<HistoryStore> store) {
        return new Session(
                screens,
                new StatsClient(URI.create("http://127.0.0.1:9/")),
                staticData,
                store,
                TraceRecorder.disabled(),
                false);
    }

    private static MatchRecord match(
            long gameId,
            String playedAt,
            int championId,
            String role,
            boolean win,
            int kills,
            int deaths,
            int assists,
            long durationSeconds) {
        return new MatchRecord(
                gameId,
                "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6",
                Instant.parse(playedAt),
                420,
                "Kestrel Vane#EUW7",
                championId,
                role,
                win,
                kills,
                deaths,
                assists,
                180,
                11_000,
                durationSeconds,
                true);
    }

    private static Label label(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class));
    }

    @SuppressWarnings("unchecked")
    private static TableView<HistoryRow> table(FxRobot robot) {
        return onFx(() -> (TableView<HistoryRow>) robot.lookup("#history").query());
    }
}
