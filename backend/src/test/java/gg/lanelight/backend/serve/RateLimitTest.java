package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.backend.snapshot.SnapshotStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-client token buckets over real HTTP: 429 with Retry-After, other clients unaffected, probes never limited. */
class RateLimitTest {
    private static final int BURST = 5;

    @TempDir
    Path root;

    @Test
    void aClientOverItsBurstGets429WhileOthersAndProbesGoOn() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        ServeOptions options = ServeOptions.local("127.0.0.1", 0).withRateLimit(0.5, BURST, true);
        try (StatsServer server = StatsServer.start(new SnapshotStore(snapshots), options)) {
            ApiClient client = new ApiClient(server);
            for (int request = 0; request < BURST; request++) {
                assertEquals(
                        200,
                        client.get("/v1/tierlist", "X-Forwarded-For", "10.0.0.1")
                                .statusCode());
            }

            HttpResponse<String> limited = client.get("/v1/tierlist", "X-Forwarded-For", "10.0.0.1");
            HttpResponse<String> spoofed = client.get("/v1/tierlist", "X-Forwarded-For", "10.0.0.9, 10.0.0.1");
            HttpResponse<String> other = client.get("/v1/tierlist", "X-Forwarded-For", "10.0.0.2");

            ApiClient.assertError(limited, 429, "rate-limited");
            assertEquals("2", limited.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(429, spoofed.statusCode(), "only the entry our proxy appended identifies the client");
            assertEquals(200, other.statusCode());
            assertEquals(
                    200, client.get("/v1/health", "X-Forwarded-For", "10.0.0.1").statusCode());
            assertEquals(2, server.metrics().rateLimitedCount());
            assertTrue(client.get("/metrics").body().contains("lanelight_rate_limited_total 2"));
        }
    }

    @Test
    void forwardedForIsIgnoredUnlessTrusted() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        ServeOptions options = ServeOptions.local("127.0.0.1", 0).withRateLimit(0.5, BURST, false);
        try (StatsServer server = StatsServer.start(new SnapshotStore(snapshots), options)) {
            ApiClient client = new ApiClient(server);
            int limited = 0;
            for (int request = 0; request <= BURST; request++) {
                String claimed = "10.1.0." + request;
                limited +=
                        client.get("/v1/tierlist", "X-Forwarded-For", claimed).statusCode() == 429 ? 1 : 0;
            }

            assertEquals(1, limited, "all requests come from 127.0.0.1, whatever the header claims");
        }
    }
}
