package gg.lanelight.app;

import static gg.lanelight.app.TestFixtures.awaitFx;
import static gg.lanelight.app.TestFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.client.ConnectionStatus;
import gg.lanelight.app.client.CurrentSummoner;
import gg.lanelight.app.history.HistoryStore;
import gg.lanelight.app.history.MatchRecord;
import gg.lanelight.app.main.HistoryRow;
import gg.lanelight.app.main.MainWindow;
import gg.lanelight.app.session.ClientQueries.FinishedGame;
import gg.lanelight.app.session.ClientQueries.GameflowFacts;
import gg.lanelight.app.session.Session;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.stats.StatsClient;
import gg.lanelight.app.trace.TraceRecorder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What is saved after a game, from the recorded live payload, into a real SQLite file. */
@ExtendWith(ApplicationExtension.class)
class AfterGameTest {

    private static final long GAME_ID = 7014499581L;
    private static final int QUEUE = 420;
    private static final double LAST_GAME_TIME = 1500.5;

    @TempDir
    Path dataDir;

    private final StaticData staticData = StaticData.bundled();
    private final CurrentSummoner you =
            TestFixtures.convert(TestFixtures.json("lcu/current-summoner.json"), CurrentSummoner.class);
    private final AtomicBoolean finished = new AtomicBoolean();
    private MainWindow main;
    private Screens screens;
    private HistoryStore history;
    private Session session;

    @Start
    void start(Stage stage) {
        TestScreens on = TestScreens.on(stage, TraceRecorder.disabled(), staticData, () -> finished.set(true));
        main = on.main();
        screens = on.screens();
    }

    @AfterEach
    void stop() {
        session.close();
        history.close();
    }

    @Test
    void aWonGameIsSavedFromTheLivePayloadAndShownInTheTable(FxRobot robot) throws Exception {
        startSession(Optional.empty());
        JsonNode game = recordedGame(Optional.of("Win"));

        playUntil(game, "EndOfGame");

        MatchRecord saved = awaitSavedRow();
        JsonNode samira = game.get("allPlayers").get(0);
        assertEquals(GAME_ID, saved.gameId());
        assertEquals(QUEUE, saved.queueId());
        assertEquals(you.puuid(), saved.puuid());
        assertEquals(staticData.championIdByName("Samira").getAsInt(), saved.championId());
        assertTrue(saved.win());
        assertTrue(saved.complete());
        assertEquals(samira.get("scores").get("creepScore").asInt(), saved.creepScore());
        assertEquals(itemGold(samira), saved.goldEarned(), "item gold stands in for gold earned");
        assertEquals((long) LAST_GAME_TIME, saved.durationSeconds());
        assertTrue(finished.get(), "--exit-when-done is told once the row is saved");

        awaitFx(5, () -> table(robot).getItems().size() == 1);
        HistoryRow row = onFx(() -> table(robot).getItems().get(0));
        assertEquals("Victory", row.result());
        assertEquals("Samira", row.champion());
    }

    @Test
    void theClientsMatchHistoryWinsOverTheLiveNumbers() throws Exception {
        FinishedGame fromClient = new FinishedGame(
                staticData.championIdByName("Samira").getAsInt(),
                false,
                7,
                3,
                9,
                212,
                13_420,
                1_873,
                Instant.parse("2026-12-01T18:00:00Z"));
        startSession(Optional.of(fromClient));

        playUntil(recordedGame(Optional.of("Win")), "EndOfGame");

        MatchRecord saved = awaitSavedRow();
        assertEquals(fromClient.kills(), saved.kills());
        assertEquals(fromClient.creepScore(), saved.creepScore());
        assertEquals(fromClient.goldEarned(), saved.goldEarned());
        assertEquals(fromClient.durationSeconds(), saved.durationSeconds());
        assertFalse(saved.win(), "the client's record of the result");
        assertEquals(fromClient.playedAt(), saved.playedAt());
    }

    @Test
    void aClientThatVanishesMidGameLeavesAnIncompleteRowAndAMessage(FxRobot robot) throws Exception {
        startSession(Optional.empty());
        playUntil(recordedGame(Optional.empty()), "InProgress");

        session.connectionChanged(new ConnectionStatus(ConnectionStatus.State.LOST, "The League client closed."));

        MatchRecord saved = awaitSavedRow();
        assertFalse(saved.complete());
        assertEquals((long) LAST_GAME_TIME, saved.durationSeconds());
        awaitFx(5, () -> main.message().contains("incomplete"));
        awaitFx(
                5,
                () -> table(robot).getItems().size() == 1
                        && table(robot).getItems().get(0).result().equals("Incomplete"));
        assertTrue(finished.get());
    }

    @Test
    void aClientThatVanishesBeforeAnyLiveDataSaysNothingWasSaved() throws Exception {
        startSession(Optional.empty());
        session.phaseChanged("GameStart");

        session.connectionChanged(new ConnectionStatus(ConnectionStatus.State.LOST, "The League client closed."));

        awaitFx(5, () -> !main.message().isEmpty());
        String message = onFx(main::message);
        assertTrue(message.contains("nothing was saved"), message);
        assertFalse(message.contains("saved the last numbers"), message);
        awaitFx(5, finished::get);
        assertEquals(List.of(), history.recent(5));
    }

    private void startSession(Optional<FinishedGame> fromClient) throws Exception {
        history = HistoryStore.open(dataDir.resolve("history.db"));
        session = new Session(
                screens,
                new StatsClient(URI.create("http://127.0.0.1:9/")),
                staticData,
                Optional.of(history),
                TraceRecorder.disabled(),
                true);
        int samiraId = staticData.championIdByName("Samira").getAsInt();
        session.useClient(new FixtureClientQueries(
                Set.of(), Optional.of(new GameflowFacts(GAME_ID, QUEUE, Map.of(samiraId, you.puuid()))), fromClient));
        session.summonerChanged(you);
    }

    private void playUntil(JsonNode game, String lastPhase) {
        session.phaseChanged("GameStart");
        session.phaseChanged("InProgress");
        session.liveGameChanged(TestFixtures.liveGame(game));
        if (!lastPhase.equals("InProgress")) {
            session.phaseChanged("WaitingForStats");
            session.phaseChanged(lastPhase);
        }
    }

    private MatchRecord awaitSavedRow() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<MatchRecord> rows = history.recent(5);
            if (!rows.isEmpty() && finished.get()) {
                assertEquals(1, rows.size(), "one row per game");
                return rows.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no history row saved within 10 s");
    }

    /** The recorded game near its end: game time moved on, and a GameEnd event when {@code result} is given. */
    private static JsonNode recordedGame(Optional<String> result) {
        ObjectNode game = (ObjectNode) TestFixtures.json("liveclient/allgamedata.json");
        ((ObjectNode) game.get("gameData")).put("gameTime", LAST_GAME_TIME);
        ArrayNode events = (ArrayNode) game.get("events").get("Events");
        result.ifPresent(r -> events.addObject()
                .put("EventID", events.size())
                .put("EventName", "GameEnd")
                .put("EventTime", LAST_GAME_TIME)
                .put("Result", r));
        return game;
    }

    private static int itemGold(JsonNode player) {
        int gold = 0;
        for (JsonNode item : player.get("items")) {
            gold += item.get("price").asInt() * Math.max(1, item.get("count").asInt());
        }
        return gold;
    }

    @SuppressWarnings("unchecked")
    private static TableView<HistoryRow> table(FxRobot robot) {
        return onFx(() -> (TableView<HistoryRow>) robot.lookup("#history").query());
    }
}
