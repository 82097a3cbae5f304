package gg.lanelight.backend.serve;

import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where published snapshots come from: a local snapshots folder ({@link FolderSnapshotSource}) or an HTTP(S) base URL
 * ({@link HttpSnapshotSource}). Called from the snapshot loader thread only.
 */
interface SnapshotSource {
    /**
     * The newest published snapshot on local disk, fetched first when remote, if {@code wanted} accepts its id.
     *
     * @return empty when nothing is published yet or the newest id is not wanted (already served or rejected)
     * @throws SnapshotRejectedException when the manifest or a download is unusable
     * @throws IOException when the source cannot be read at all right now (worth retrying)
     */
    Optional<PublishedSnapshot> newest(Predicate<String> wanted) throws IOException, SnapshotRejectedException;

    /**
     * Published snapshots older than the newest, newest first, whose manifest can be read: what can be served while
     * nothing is and the newest was rejected. Empty where the source keeps no history (HTTP serves only its newest).
     */
    default List<PublishedSnapshot> olderNewestFirst() {
        return List.of();
    }

    /** Drops local copies of snapshots other than {@code servedId} (their data lives in memory once loaded). */
    void forgetAllBut(String servedId);

    /** For logs: the folder or URL. */
    String describe();
}
