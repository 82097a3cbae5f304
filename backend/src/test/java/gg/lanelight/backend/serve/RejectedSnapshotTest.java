package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.backend.bench.SnapshotRepublisher;
import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partial, incomplete and unreadable snapshots are refused with their reason while the good one keeps serving. */
class RejectedSnapshotTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path root;

    @Test
    void eachBrokenSnapshotIsRejectedForItsReasonAndTheGoodOneKeepsServing() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        PublishedSnapshot good = new SnapshotStore(snapshots).newest().orElseThrow();
        ServeOptions options = ServeOptions.local("127.0.0.1", 0).withPollMillis(50);
        try (StatsServer server = StatsServer.start(new SnapshotStore(snapshots), options)) {
            ApiClient client = new ApiClient(server);

            publishBroken(snapshots, good, 1, folder -> truncate(folder.resolve("rune_pages.parquet")));
            ApiClient.awaitRejected(server, "partial-file", DEADLINE);
            publishBroken(snapshots, good, 2, folder -> Files.delete(folder.resolve("player_summary.parquet")));
            ApiClient.awaitRejected(server, "missing-file", DEADLINE);
            publishBroken(snapshots, good, 3, folder -> Files.writeString(folder.resolve("manifest.json"), "{oops"));
            ApiClient.awaitRejected(server, "manifest", DEADLINE);

            assertEquals(
                    good.snapshotId(),
                    ApiClient.ok(client.get("/v1/health")).path("snapshotId").asText());
            assertEquals(200, client.get("/v1/builds/145/BOTTOM").statusCode());
            String metrics = client.get("/metrics").body();
            assertTrue(metrics.contains("lanelight_snapshot_rejected_total{reason=\"partial-file\"}"), metrics);
            assertEquals(1, server.metrics().swapCount());
        }
    }

    @Test
    void aBrokenNewestSnapshotAtStartupLeavesTheOlderOneServed() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        PublishedSnapshot good = new SnapshotStore(snapshots).newest().orElseThrow();
        publishBroken(snapshots, good, 4, folder -> truncate(folder.resolve("matchups.parquet")));
        ServeOptions options = ServeOptions.local("127.0.0.1", 0).withPollMillis(50);

        try (StatsServer server = StatsServer.start(new SnapshotStore(snapshots), options)) {
            ApiClient client = new ApiClient(server);

            assertEquals(
                    good.snapshotId(),
                    ApiClient.ok(client.get("/v1/health")).path("snapshotId").asText());
            assertEquals(200, client.get("/v1/builds/145/BOTTOM").statusCode());
            assertTrue(client.get("/metrics")
                    .body()
                    .contains("lanelight_snapshot_rejected_total{reason=\"partial-file\"}"));
        }
    }

    /** Copies the good snapshot under a newer id, breaks the copy, then publishes it with one rename. */
    private static void publishBroken(Path snapshots, PublishedSnapshot good, int suffix, Damage damage)
            throws Exception {
        Path building = snapshots.resolve(".building-" + suffix);
        SnapshotRepublisher.copyFolder(good.folder(), building);
        String id = good.snapshotId().substring(0, 24) + "-" + suffix;
        Files.writeString(
                building.resolve("manifest.json"),
                Files.readString(building.resolve("manifest.json")).replace(good.snapshotId(), id));
        damage.apply(building);
        Files.move(building, snapshots.resolve(id), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void truncate(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    @FunctionalInterface
    private interface Damage {
        void apply(Path folder) throws Exception;
    }
}
