package gg.lanelight.app;

import static gg.lanelight.app.TestFixtures.awaitFx;
import static gg.lanelight.app.TestFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.app.main.MainWindow;
import gg.lanelight.app.overlay.ChampSelectViews;
import gg.lanelight.app.overlay.Formats;
import gg.lanelight.app.session.Session;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.stats.StatsClient;
import gg.lanelight.app.trace.TraceRecorder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Champion select while the stats service is down or stalls: client data stays on screen and the UI stays live. */
@ExtendWith(ApplicationExtension.class)
class StatsServiceDownTest {

    private final StaticData staticData = StaticData.bundled();
    private final JsonNode lobby = TestFixtures.champSelectWithPicks();
    private MainWindow main;
    private Screens screens;
    private Session session;
    private StatsStandIn stalling;

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
        if (stalling != null) {
            stalling.close();
        }
    }

    @Test
    void aClosedPortLeavesTheLobbyOnScreenWithOneLineAndAMessage(FxRobot robot) throws IOException {
        startSession(closedPort());

        session.champSelectChanged(TestFixtures.champSelect(lobby));

        awaitFx(10, () -> text(robot, "#notice").equals(ChampSelectViews.STATS_UNREACHABLE));
        assertEquals(staticData.championName(145) + " · BOTTOM", text(robot, "#heading"));
        assertEquals("Brightwater#EUW", text(robot, "#ally-0-riot-id"));
        assertEquals(staticData.championName(266), text(robot, "#ally-0-champion"));
        awaitFx(5, () -> text(robot, "#ally-1-rank").equals("Unranked"));
        assertEquals("–", text(robot, "#ally-0-recent"), "no number where the service did not answer");
        assertFalse(onFx(() -> robot.lookup("#build-0-value").tryQuery().isPresent()), "no build rows");

        awaitFx(5, () -> !onFx(main::message).isEmpty());
        String message = onFx(main::message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
    }

    @Test
    void aStalledServiceNeverBlocksTheJavaFxThread(FxRobot robot) throws Exception {
        stalling = new StatsStandIn(Map.of(), Map.of());
        stalling.stall();
        startSession(stalling.url());

        session.champSelectChanged(TestFixtures.champSelect(lobby));

        awaitFx(5, () -> text(robot, "#ally-0-riot-id").equals("Brightwater#EUW"));
        awaitFx(5, () -> stalling.requestCount() >= 2);
        assertEquals("…", text(robot, "#ally-0-recent"), "the lobby answer is still on its way");
        for (int i = 0; i < 3; i++) {
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            assertTrue(ran.await(1, TimeUnit.SECONDS), "the JavaFX thread answered while the service stalls");
        }
    }

    @Test
    void aFailedFirstAnswerIsAskedAgainWithoutAnotherChampSelectEvent(FxRobot robot) throws Exception {
        stalling = new StatsStandIn(Map.of("145/BOTTOM", ChampSelectOverlayTest.BUILD), Map.of());
        stalling.failFirstAskOfEachPath();
        startSession(stalling.url());

        session.champSelectChanged(TestFixtures.champSelect(lobby));

        awaitFx(5, () -> text(robot, "#notice").equals(ChampSelectViews.STATS_UNREACHABLE));
        awaitFx(
                10,
                () -> !text(robot, "#build-0-value").isEmpty()
                        && text(robot, "#notice").isEmpty());
        awaitFx(5, () -> text(robot, "#ally-0-recent").equals(Formats.record(0, 0)));
        assertTrue(stalling.requestCount() >= 4, "one failed and one answered request each for build and lobby");
    }

    private void startSession(URI statsUrl) {
        session = new Session(
                screens, new StatsClient(statsUrl), staticData, Optional.empty(), TraceRecorder.disabled(), false);
        String firstPuuid = TestFixtures.champSelect(lobby).myTeam().get(0).puuid();
        session.useClient(new FixtureClientQueries(Set.of(firstPuuid), Optional.empty(), Optional.empty()));
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() ->
                robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }
}
