package gg.lanelight.backend.serve;

import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Snapshots published into a local folder by the pipeline; the folder's own retention (--keep) cleans up. */
final class FolderSnapshotSource implements SnapshotSource {
    private final SnapshotStore store;

    FolderSnapshotSource(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public Optional<PublishedSnapshot> newest(Predicate<String> wanted) throws SnapshotRejectedException {
        Optional<PublishedSnapshot> newest;
        try {
            newest = store.newest();
        } catch (IOException e) {
            throw new SnapshotRejectedException("manifest", "its manifest.json is unreadable: " + e.getMessage());
        }
        return newest.filter(snapshot -> wanted.test(snapshot.snapshotId()));
    }

    @Override
    public List<PublishedSnapshot> olderNewestFirst() {
        return store.olderNewestFirst();
    }

    @Override
    public void forgetAllBut(String servedId) {
        // The publisher keeps its newest snapshots; deleting them here would break its retention.
    }

    @Override
    public String describe() {
        return store.directory().toString();
    }
}
