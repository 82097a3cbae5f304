package gg.lanelight.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.client.Fixtures;
import gg.lanelight.app.client.LcuJson;
import gg.lanelight.app.client.LcuTrust;
import gg.lanelight.app.client.RecordingListener;
import gg.lanelight.app.client.TestTls;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveClientPollerTest {

    private static final Duration INTERVAL = Duration.ofMillis(150);

    @TempDir
    Path temp;

    private TestTls tls;
    private final MockWebServer game = new MockWebServer();
    private final ScriptedGame script = new ScriptedGame();
    private final RecordingListener listener = new RecordingListener();
    private LiveClientPoller poller;

    @BeforeEach
    void startGame() throws Exception {
        tls = TestTls.create(temp);
        game.useHttps(tls.serverSocketFactory());
        game.setDispatcher(script);
        game.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
        }
        game.close();
    }

    private LiveClientPoller pollerOn(int port) throws Exception {
        poller = new LiveClientPoller(
                LiveClientPoller.httpClientFor(LcuTrust.create(tls.caPem())), port, INTERVAL, listener);
        return poller;
    }

    /** The recorded all-game data at a given game time, so two polls can differ only in content. */
    private static String gameAt(double gameTime) throws Exception {
        ObjectNode game = (ObjectNode) LcuJson.mapper().readTree(Fixtures.read("liveclient", "allgamedata.json"));
        ((ObjectNode) game.get("gameData")).put("gameTime", gameTime);
        return game.toString();
    }

    @Test
    void loadingThenTheGameAndOnlyChangedContentIsReported() throws Exception {
        script.then(404, Fixtures.read("liveclient", "error-404-loading.json"));
        script.then(200, gameAt(12.5));
        script.then(200, gameAt(12.5));
        script.then(200, gameAt(13.5));

        pollerOn(game.getPort()).phaseChanged("InProgress");

        List<String> calls = listener.awaitCall("liveGame:13.5");
        assertEquals(
                List.of("liveUnavailable:The game is loading", "liveGame:12.5", "liveGame:13.5"),
                calls.stream()
                        .map(call -> call.replaceAll(":.*is loading.*", ":The game is loading"))
                        .toList());
        assertEquals(13.5, poller.lastGame().orElseThrow().gameData().gameTime());
    }

    @Test
    void pollsAtMostOncePerInterval() throws Exception {
        script.then(200, gameAt(1));

        pollerOn(game.getPort()).start();
        List<Long> times = script.awaitRequestTimes(5);

        for (int i = 1; i < times.size(); i++) {
            long gapMillis = TimeUnit.NANOSECONDS.toMillis(times.get(i) - times.get(i - 1));
            assertTrue(gapMillis >= INTERVAL.toMillis() - 5, "polls " + gapMillis + " ms apart, interval " + INTERVAL);
        }
    }

    @Test
    void noGameProcessMeansNoGameIsRunningYet() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        pollerOn(closedPort).start();

        String call = listener.awaitCall("liveUnavailable:").get(0);
        assertTrue(call.contains("No game is running yet"), call);
    }

    @Test
    void leavingTheGamePhasesStopsPollingAndKeepsTheLastGame() throws Exception {
        script.then(200, gameAt(30));
        pollerOn(game.getPort()).phaseChanged("GameStart");
        listener.awaitCall("liveGame:30.0");

        poller.phaseChanged("WaitingForStats");
        game.close();

        assertFalse(poller.isPolling());
        assertEquals(30.0, poller.lastGame().orElseThrow().gameData().gameTime());
    }

    @Test
    void anUnreadableGameIsAFaultAndTheLastGoodGameStays() throws Exception {
        script.then(200, gameAt(40));
        script.then(200, "{\"allPlayers\": 7}");
        pollerOn(game.getPort()).start();

        List<String> calls = listener.awaitCall("fault:");

        assertEquals("liveGame:40.0", calls.get(0));
        assertTrue(calls.get(1).contains("cannot read"), calls.get(1));
        assertEquals(40.0, poller.lastGame().orElseThrow().gameData().gameTime());
    }

    @Test
    void productionPollersRefuseIntervalsBelowOneSecond() throws Exception {
        LcuTrust trust = LcuTrust.riotOnly();

        assertThrows(
                IllegalArgumentException.class,
                () -> LiveClientPoller.create(trust, 2999, Duration.ofMillis(999), listener));
    }

    /** Answers each poll with the next scripted response; the last one repeats. Records when each poll arrived. */
    private static final class ScriptedGame extends Dispatcher {
        private final List<MockResponse> responses = new ArrayList<>();
        private final BlockingQueue<Long> requestTimes = new LinkedBlockingQueue<>();
        private int next;

        synchronized void then(int code, String body) {
            responses.add(new MockResponse.Builder().code(code).body(body).build());
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            requestTimes.add(System.nanoTime());
            MockResponse response = responses.get(Math.min(next, responses.size() - 1));
            next++;
            return response;
        }

        List<Long> awaitRequestTimes(int count) throws InterruptedException {
            List<Long> times = new ArrayList<>();
            while (times.size() < count) {
                Long time = requestTimes.poll(5, TimeUnit.SECONDS);
                if (time == null) {
                    throw new AssertionError("only " + times.size() + " polls within 5 s");
                }
                times.add(time);
            }
            return times;
        }
    }
}
