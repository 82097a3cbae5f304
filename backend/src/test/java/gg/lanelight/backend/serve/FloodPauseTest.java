package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.backend.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Back-pressure on a flooding connection over real sockets: after a streak of refusals for one client, its further
 * 429s are held, so its pipelined requests wait unread, while other connections and clients are answered as usual.
 */
class FloodPauseTest {
    private static final int BURST = 2;
    private static final int PAUSE_AFTER = 2;
    private static final String FLOODER = "10.66.66.66";
    private static final long ANSWER_TIMEOUT_MILLIS = 10_000;

    @TempDir
    Path root;

    @Test
    void aConnectionThatKeepsBeingRefusedIsHeldWhileOtherClientsGetEveryAnswer() throws Exception {
        double ratePerSecond = 1;
        try (StatsServer server = start(ratePerSecond, PAUSE_AFTER);
                RawConnection flood = new RawConnection(server.baseUri())) {
            long sent = System.nanoTime();
            flood.sendPipelined("/v1/tierlist", FLOODER, 12);
            await(server.metrics()::pausedConnectionCount, 1);

            ApiClient others = new ApiClient(server);
            for (int client = 1; client <= 3; client++) {
                for (int request = 0; request < BURST; request++) {
                    String address = "10.0.0." + client;
                    assertEquals(
                            200,
                            others.get("/v1/tierlist", "X-Forwarded-For", address)
                                    .statusCode(),
                            address);
                }
            }
            List<RawConnection.Answer> answers = answers(flood, BURST + PAUSE_AFTER + 1);

            answers.subList(0, BURST).forEach(answer -> assertEquals(200, answer.status(), answer.body()));
            answers.subList(BURST, answers.size()).forEach(FloodPauseTest::assertRefused);
            // the flooder's next token comes 1/rate after its burst, and the refusal after the streak waits for it
            long earliest = TimeUnit.MILLISECONDS.toNanos((long) (1000 / ratePerSecond) - 50);
            long held = answers.get(BURST + PAUSE_AFTER).arrivedNanos() - sent;
            assertTrue(held >= earliest, "the refusal after the streak came after " + held / 1_000_000 + " ms");
            assertTrue(server.metrics().heldRefusalCount() >= 1);
            assertTrue(new ApiClient(server).get("/metrics").body().contains("lanelight_rate_limit_pauses_total "));
        }
    }

    @Test
    void aConnectionClosedWhileHeldIsReleased() throws Exception {
        try (StatsServer server = start(1, PAUSE_AFTER)) {
            RawConnection flood = new RawConnection(server.baseUri());
            flood.sendPipelined("/v1/tierlist", FLOODER, BURST + PAUSE_AFTER + 1);
            await(server.metrics()::pausedConnectionCount, 1);

            flood.close();

            await(server.metrics()::pausedConnectionCount, 0);
            assertEquals(1, server.metrics().heldRefusalCount());
            assertEquals(
                    200,
                    new ApiClient(server)
                            .get("/v1/tierlist", "X-Forwarded-For", "10.0.0.1")
                            .statusCode());
        }
    }

    @Test
    void stoppingTheServerSendsTheHeldRefusal() throws Exception {
        StatsServer server = start(1, PAUSE_AFTER);
        try (RawConnection flood = new RawConnection(server.baseUri())) {
            flood.sendPipelined("/v1/tierlist", FLOODER, BURST + PAUSE_AFTER + 1);
            await(server.metrics()::pausedConnectionCount, 1);

            server.close();

            assertEquals(0, server.metrics().pausedConnectionCount());
            assertRefused(answers(flood, BURST + PAUSE_AFTER + 1).get(BURST + PAUSE_AFTER));
        }
    }

    @Test
    void aProxyConnectionCarryingOtherClientsBetweenRefusalsIsNotHeld() throws Exception {
        try (StatsServer server = start(0.01, PAUSE_AFTER);
                RawConnection proxy = new RawConnection(server.baseUri())) {
            List<String> clients = new ArrayList<>();
            for (int turn = 0; turn < 10; turn++) {
                clients.add(FLOODER);
                clients.add("10.1.0." + turn);
            }
            proxy.sendPipelined("/v1/tierlist", clients);

            List<RawConnection.Answer> answers = answers(proxy, clients.size());

            for (int index = 0; index < clients.size(); index++) {
                boolean overBurst = clients.get(index).equals(FLOODER) && index / 2 >= BURST;
                assertEquals(overBurst ? 429 : 200, answers.get(index).status(), clients.get(index));
            }
            assertEquals(0, server.metrics().heldRefusalCount());
        }
    }

    @Test
    void withPausingOffEveryRefusalIsAnsweredAtOnce() throws Exception {
        int requests = 12;
        try (StatsServer server = start(0.01, 0);
                RawConnection flood = new RawConnection(server.baseUri())) {
            flood.sendPipelined("/v1/tierlist", FLOODER, requests);

            List<RawConnection.Answer> answers = answers(flood, requests);

            answers.subList(BURST, requests).forEach(FloodPauseTest::assertRefused);
            assertEquals(0, server.metrics().heldRefusalCount());
        }
    }

    private StatsServer start(double ratePerSecond, int pauseAfter) throws Exception {
        ServeOptions options = ServeOptions.local("127.0.0.1", 0)
                .withRateLimit(ratePerSecond, BURST, true)
                .withRatePauseAfter(pauseAfter);
        return StatsServer.start(new SnapshotStore(SharedSnapshot.copyInto(root)), options);
    }

    private static List<RawConnection.Answer> answers(RawConnection connection, int count) throws Exception {
        List<RawConnection.Answer> answers = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            RawConnection.Answer answer = connection.next(ANSWER_TIMEOUT_MILLIS);
            assertNotNull(answer, "answer " + (index + 1) + " of " + count + " did not arrive");
            answers.add(answer);
        }
        return answers;
    }

    private static void assertRefused(RawConnection.Answer answer) {
        assertEquals(429, answer.status(), answer.body());
        assertTrue(
                Long.parseLong(answer.headers().get("retry-after")) >= 1,
                answer.headers().toString());
        assertTrue(answer.body().contains("\"error\":\"rate-limited\""), answer.body());
    }

    /** Waits (bounded) until {@code value} reads {@code expected}. */
    private static void await(LongSupplier value, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (value.getAsLong() != expected) {
            assertTrue(System.nanoTime() < deadline, "expected " + expected + ", still " + value.getAsLong());
            Thread.sleep(10);
        }
    }
}
