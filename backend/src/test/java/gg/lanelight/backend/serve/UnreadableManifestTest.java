package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newest manifest too broken to name its snapshot is counted once, not on every poll, while the good one serves. */
class UnreadableManifestTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path root;

    @Test
    void aBrokenManifestLeftInPlaceIsCountedOnceAcrossManyPolls() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        PublishedSnapshot good = new SnapshotStore(snapshots).newest().orElseThrow();
        PollCounter source = new PollCounter(new FolderSnapshotSource(new SnapshotStore(snapshots)));
        ServeOptions options = ServeOptions.local("127.0.0.1", 0).withPollMillis(20);
        try (StatsServer server = StatsServer.start(source, options)) {
            publishUnreadableManifest(snapshots, good.snapshotId().substring(0, 24) + "-9");
            ApiClient.awaitRejected(server, "manifest", DEADLINE);

            source.awaitPolls(source.polls() + 10, DEADLINE);

            assertEquals(1, server.metrics().rejectedCount("manifest"));
            ApiClient client = new ApiClient(server);
            assertEquals(
                    good.snapshotId(),
                    ApiClient.ok(client.get("/v1/health")).path("snapshotId").asText());
        }
    }

    /** A folder whose manifest.json is cut off mid-object, published with one rename as the pipeline would. */
    private static void publishUnreadableManifest(Path snapshots, String id) throws IOException {
        Path building = Files.createDirectory(snapshots.resolve(".building-" + id));
        Files.writeString(building.resolve("manifest.json"), "{\"formatVersion\":1,\"snapshotId\":");
        Files.move(building, snapshots.resolve(id));
    }
}
