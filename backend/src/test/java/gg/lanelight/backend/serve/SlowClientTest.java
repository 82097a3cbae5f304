package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send slowly or never, over real sockets: a batch body gets a 408 at its deadline and, while it waits,
 * holds no worker thread, so player lookups (which need one) go on; unfinished headers and idle keep-alive
 * connections are closed.
 */
class SlowClientTest {
    /** More than the 16 worker threads, so that a worker held per slow body would leave none for lookups. */
    private static final int SLOW_CLIENTS = 24;

    private static final String BATCH_HEAD = "POST /v1/players/batch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100\r\n";

    private static final RequestLimits ONE_SECOND_EACH =
            new RequestLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

    @TempDir
    Path root;

    @Test
    void aBodyThatStopsComingGets408AndTheConnectionIsClosed() throws Exception {
        try (StatsServer server = start(ONE_SECOND_EACH);
                RawHttp client = new RawHttp(server, 15_000)) {
            client.send(BATCH_HEAD + "\r\n{\"puuids\":[");

            String answer = client.readUntilClosed();

            assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
            JsonNode error = TestData.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals("body-timeout", error.path("error").asText());
            assertTrue(error.path("message").asText().contains("within 1 s"), answer);
        }
    }

    @Test
    void unfinishedHeadersAndIdleConnectionsAreClosed() throws Exception {
        try (StatsServer server = start(ONE_SECOND_EACH);
                RawHttp slowHeaders = new RawHttp(server, 15_000);
                RawHttp idle = new RawHttp(server, 15_000)) {
            slowHeaders.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            String head = idle.send("GET /v1/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .readHead();
            idle.readBody(head);

            assertEquals("", slowHeaders.readUntilClosed(), "Undertow closes without an answer");
            assertEquals("", idle.readUntilClosed(), "nothing follows the answer before the close");
            assertTrue(head.startsWith("HTTP/1.1 200 "), head);
        }
    }

    @Test
    void slowBodiesHoldNoWorkerSoLookupsAndWholeBatchesGoOn() throws Exception {
        try (StatsServer server = start(RequestLimits.DEFAULTS)) {
            List<RawHttp> slow = new ArrayList<>();
            try {
                for (int index = 0; index < SLOW_CLIENTS; index++) {
                    slow.add(startSlowBody(server));
                }
                ApiClient client = new ApiClient(server);

                ApiClient.assertError(client.get("/v1/players/nobody-" + System.nanoTime()), 404, "unknown-player");
                JsonNode batch = ApiClient.ok(client.post(
                        "/v1/players/batch", "{\"puuids\":[\"" + SharedSnapshot.FEATURED + "\",\"nobody\"]}"));

                assertEquals(
                        SharedSnapshot.FEATURED, batch.at("/players/0/puuid").asText());
                assertEquals("nobody", batch.at("/unknown/0").asText());
                for (RawHttp slowClient : slow) {
                    assertTrue(slowClient.isSilent(), "a slow body was answered before its deadline");
                }
            } finally {
                for (RawHttp client : slow) {
                    client.close();
                }
            }
        }
    }

    /**
     * A batch whose body stops after 10 of its 100 bytes. The 100 Continue proves that the server has passed the
     * headers and is reading the body when this returns.
     */
    private static RawHttp startSlowBody(StatsServer server) throws Exception {
        RawHttp client = new RawHttp(server, 10_000);
        client.send(BATCH_HEAD + "Expect: 100-continue\r\n\r\n");
        String interim = client.readHead();
        assertTrue(interim.startsWith("HTTP/1.1 100 "), interim);
        client.send("{\"puuids\":");
        return client;
    }

    private StatsServer start(RequestLimits limits) throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        FolderSnapshotSource source = new FolderSnapshotSource(new SnapshotStore(snapshots));
        return StatsServer.start(source, ServeOptions.local("127.0.0.1", 0), limits);
    }
}
