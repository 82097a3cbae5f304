package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent clients run through several snapshot swaps (and one corrupt snapshot): no request fails and no response
 * mixes two snapshots (the X-Snapshot-Id header, the body and every batch entry name the same one).
 */
class SnapshotSwapTest {
    private static final int SWAPS = 4;
    private static final int CLIENTS = 6;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final List<String> PATHS = List.of(
            "/v1/builds/145/BOTTOM", "/v1/tierlist", "/v1/champions/145", "/v1/players/" + SharedSnapshot.FEATURED);

    @TempDir
    Path root;

    @Test
    void clientsSeeEverySwapWithoutAFailureOrAMixedResponse() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        try (StatsServer server = StatsServer.start(
                new SnapshotStore(snapshots), ServeOptions.local("127.0.0.1", 0).withPollMillis(50))) {
            ApiClient client = new ApiClient(server);
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<String> failures = new ArrayList<>();
            AtomicLong answered = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int index = 0; index < CLIENTS; index++) {
                int clientIndex = index;
                running.add(clients.submit(() -> hammer(client, clientIndex, stop, seen, failures, answered)));
            }

            List<String> published = new ArrayList<>();
            for (int swap = 1; swap <= SWAPS; swap++) {
                published.add(SnapshotCopies.republish(snapshots, swap));
                client.awaitServed(published.get(published.size() - 1), DEADLINE);
            }
            String corrupt = SnapshotCopies.republishCorrupt(snapshots, SWAPS + 1, "player_summary.parquet");
            ApiClient.awaitRejected(server, "checksum", DEADLINE);
            stop.set(true);
            clients.shutdown();
            for (Future<?> future : running) {
                future.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            }

            assertEquals(List.of(), failures);
            assertTrue(seen.containsAll(published), "clients saw " + seen + ", published " + published);
            assertTrue(!seen.contains(corrupt), "the corrupt snapshot was never served");
            assertTrue(answered.get() > 100, "only " + answered.get() + " answers");
            assertEquals(
                    published.get(SWAPS - 1),
                    ok(client.get("/v1/health")).path("snapshotId").asText());
            assertEquals(SWAPS + 1, server.metrics().swapCount());
        }
    }

    private static void hammer(
            ApiClient client,
            int clientIndex,
            AtomicBoolean stop,
            Set<String> seen,
            List<String> failures,
            AtomicLong answered) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        for (int request = clientIndex; !stop.get() && System.nanoTime() < deadline; request++) {
            try {
                String id = request % 5 == 4 ? checkBatch(client) : check(client, PATHS.get(request % PATHS.size()));
                seen.add(id);
                answered.incrementAndGet();
            } catch (Exception | AssertionError e) {
                synchronized (failures) {
                    failures.add(e.toString());
                }
            }
        }
    }

    private static String check(ApiClient client, String path) throws Exception {
        HttpResponse<String> response = client.get(path);
        JsonNode body = ok(response);
        String header = response.headers().firstValue("X-Snapshot-Id").orElseThrow();
        assertEquals(header, body.path("snapshotId").asText(), path);
        assertTrue(response.headers().firstValue("ETag").orElseThrow().startsWith("\"" + header + "-"));
        return header;
    }

    private static String checkBatch(ApiClient client) throws Exception {
        String body = TestData.MAPPER.writeValueAsString(
                Map.of("puuids", List.of(SharedSnapshot.FEATURED, "nobody-here", SharedSnapshot.FEATURED + "x")));
        HttpResponse<String> response = client.post("/v1/players/batch", body);
        JsonNode batch = ok(response);
        String id = batch.path("snapshotId").asText();
        assertEquals(response.headers().firstValue("X-Snapshot-Id").orElseThrow(), id);
        for (JsonNode player : batch.path("players")) {
            assertEquals(id, player.path("snapshotId").asText());
        }
        return id;
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        return ApiClient.ok(response);
    }
}
