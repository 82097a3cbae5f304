package gg.lanelight.backend.serve;

import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the snapshot being served and swaps in newer published ones. All loads run on one loader thread (DuckDB DDL
 * from several threads conflicts); readers switch with one atomic reference write and never see a half-loaded one.
 */
final class SnapshotHolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotHolder.class);

    private final SnapshotStore store;
    private final AtomicReference<ServingSnapshot> current = new AtomicReference<>();
    private final ScheduledExecutorService loader = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "snapshot-loader");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String failedId;

    SnapshotHolder(SnapshotStore store) {
        this.store = store;
    }

    /** Loads the newest snapshot now (blocking), then looks for newer ones every {@code pollSeconds}. */
    void start(long pollSeconds) throws InterruptedException {
        try {
            loader.submit(this::loadNewest).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The first snapshot load failed", e.getCause());
        }
        loader.scheduleWithFixedDelay(this::loadNewest, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    /** The current snapshot, retained for the caller (who must release it), or empty when none is loaded. */
    Optional<ServingSnapshot> acquire() {
        for (int attempt = 0; attempt < 3; attempt++) {
            ServingSnapshot snapshot = current.get();
            if (snapshot == null) {
                return Optional.empty();
            }
            if (snapshot.retain()) {
                return Optional.of(snapshot);
            }
        }
        return Optional.empty();
    }

    private void loadNewest() {
        Optional<PublishedSnapshot> newest;
        try {
            newest = store.newest();
        } catch (Exception e) {
            LOG.warn("Could not list the snapshots in {}: {}", store.directory(), e.getMessage());
            return;
        }
        if (newest.isPresent() && !isCurrentOrFailed(newest.get().snapshotId(), current.get())) {
            swapTo(newest.get());
        }
    }

    private void swapTo(PublishedSnapshot newest) {
        try {
            long started = System.nanoTime();
            ServingSnapshot loaded = ServingSnapshot.load(newest);
            ServingSnapshot previous = current.getAndSet(loaded);
            LOG.info(
                    "Serving snapshot {} (loaded in {} ms)",
                    loaded.snapshotId(),
                    (System.nanoTime() - started) / 1_000_000);
            if (previous != null) {
                previous.retire();
            }
        } catch (Exception e) {
            failedId = newest.snapshotId();
            LOG.warn(
                    "Could not load snapshot {}; it is skipped until a newer one is published: {}",
                    newest.snapshotId(),
                    e.getMessage());
        }
    }

    private boolean isCurrentOrFailed(String newestId, ServingSnapshot serving) {
        return (serving != null && serving.snapshotId().equals(newestId)) || newestId.equals(failedId);
    }

    @Override
    public void close() {
        loader.shutdownNow();
        ServingSnapshot snapshot = current.getAndSet(null);
        if (snapshot != null) {
            snapshot.retire();
        }
    }
}
