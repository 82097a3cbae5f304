package gg.lanelight.backend.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.metrics.ServingMetrics;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the snapshot being served and swaps in newer published ones. All loads run on one loader thread (DuckDB DDL
 * from several threads conflicts); readers switch with one atomic reference write and never see a half-loaded one.
 * A snapshot that fails verification or loading is rejected (WARN plus a metric) and retried only after
 * {@link #RETRY_REJECTED_MILLIS}, while the previous one keeps serving.
 */
final class SnapshotHolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotHolder.class);

    /** A rejected snapshot id is tried again after this long (an upload may have been in progress). */
    static final long RETRY_REJECTED_MILLIS = 60_000;

    /** Stands for the id in logs when the newest manifest cannot be read far enough to name its snapshot. */
    private static final String UNIDENTIFIED = "(newest, id unreadable)";

    private final SnapshotSource source;
    private final ServingMetrics metrics;
    private final ObjectMapper mapper;
    private final AtomicReference<ServingSnapshot> current = new AtomicReference<>();
    private final Map<String, Long> rejectedAtMillis = new ConcurrentHashMap<>();
    /** Only touched by the loader thread. */
    private String lastWarning;

    private final ScheduledExecutorService loader = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "snapshot-loader");
        thread.setDaemon(true);
        return thread;
    });

    SnapshotHolder(SnapshotSource source, ServingMetrics metrics, ObjectMapper mapper) {
        this.source = source;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    /** Loads the newest snapshot now (blocking), then looks for newer ones every {@code pollMillis}. */
    void start(long pollMillis) throws InterruptedException {
        try {
            loader.submit(this::loadNewest).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The first snapshot load failed", e.getCause());
        }
        loader.scheduleWithFixedDelay(this::loadNewest, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** The served snapshot, or null before the first load. Its precomputed responses need no retain. */
    ServingSnapshot current() {
        return current.get();
    }

    /** The current snapshot, retained for DuckDB use (the caller must release it), or empty when none is loaded. */
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
        loadNewestPublished();
        if (current.get() == null) {
            fallBackToOlder();
        }
    }

    /**
     * While nothing is served because the newest snapshot was rejected, the newest older one that loads is served, so
     * a damaged publish at startup does not leave the service without data; the newest is tried again as usual.
     */
    private void fallBackToOlder() {
        for (PublishedSnapshot older : source.olderNewestFirst()) {
            if (current.get() != null) {
                return;
            }
            if (isWanted(older.snapshotId())) {
                swapTo(older);
            }
        }
    }

    private void loadNewestPublished() {
        Optional<PublishedSnapshot> newest;
        try {
            newest = source.newest(this::isWanted);
        } catch (SnapshotRejectedException e) {
            rejectFromSource(e);
            return;
        } catch (Exception e) {
            warnOnce("Could not look for snapshots in " + source.describe() + ": " + e.getMessage());
            return;
        }
        lastWarning = null;
        newest.ifPresent(this::swapTo);
    }

    /** The same failure on every poll is logged once at WARN (then at DEBUG) until something changes. */
    private void warnOnce(String warning) {
        if (warning.equals(lastWarning)) {
            LOG.debug(warning);
        } else {
            LOG.warn(warning);
            lastWarning = warning;
        }
    }

    private boolean isWanted(String snapshotId) {
        ServingSnapshot serving = current.get();
        if (serving != null && serving.snapshotId().equals(snapshotId)) {
            return false;
        }
        Long rejectedAt = rejectedAtMillis.get(snapshotId);
        return rejectedAt == null || System.currentTimeMillis() - rejectedAt >= RETRY_REJECTED_MILLIS;
    }

    private void swapTo(PublishedSnapshot newest) {
        long started = System.nanoTime();
        ServingSnapshot loaded;
        LoadPacer pacer;
        try {
            ServingSnapshot serving = current.get();
            // the first load serves no one yet and is awaited by start(), so it runs at full speed
            pacer = new LoadPacer(serving == null ? 1 : LoadPacer.LOAD_SHARE);
            loaded = ServingSnapshot.load(
                    newest, mapper, serving == null ? ServingSnapshot.HotPlayers.NONE : serving.hotPlayers(), pacer);
        } catch (SnapshotRejectedException e) {
            reject(newest.snapshotId(), e.reason(), e.getMessage());
            return;
        } catch (Exception e) {
            reject(newest.snapshotId(), "unreadable", e.toString());
            return;
        }
        ServingSnapshot previous = current.getAndSet(loaded);
        metrics.snapshotServed(loaded.snapshotId(), loaded.createdAt().toEpochMilli());
        LOG.info(
                "Serving snapshot {} (loaded in {} ms: {})",
                loaded.snapshotId(),
                (System.nanoTime() - started) / 1_000_000,
                pacer.summary());
        if (previous != null) {
            previous.retire();
        }
        source.forgetAllBut(loaded.snapshotId());
    }

    /**
     * A snapshot the source refused before it could be checked (its download failed) is rejected under its id. A
     * manifest too broken to name its snapshot has no id to remember, so the failure itself stands for one: the same
     * broken manifest is counted once per {@link #RETRY_REJECTED_MILLIS}, like a rejected id, not on every poll.
     */
    private void rejectFromSource(SnapshotRejectedException rejection) {
        if (rejection.snapshotId() != null) {
            reject(rejection.snapshotId(), rejection.reason(), rejection.getMessage());
            return;
        }
        String failure = UNIDENTIFIED + " " + rejection.reason() + ": " + rejection.getMessage();
        if (!isWanted(failure)) {
            return;
        }
        rejectedAtMillis.put(failure, System.currentTimeMillis());
        reject(UNIDENTIFIED, rejection.reason(), rejection.getMessage());
    }

    private void reject(String snapshotId, String reason, String message) {
        rejectedAtMillis.put(snapshotId, System.currentTimeMillis());
        ServingSnapshot serving = current.get();
        source.forgetAllBut(serving == null ? "" : serving.snapshotId());
        warnOnce("Rejected snapshot " + snapshotId + " from " + source.describe() + " (" + reason + "): " + message
                + "; " + (serving == null ? "nothing is served yet" : "still serving " + serving.snapshotId()));
        // counted last, so whoever watches the metric sees the cleanup done
        metrics.snapshotRejected(reason);
    }

    @Override
    public void close() {
        loader.shutdownNow();
        try {
            loader.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ServingSnapshot snapshot = current.getAndSet(null);
        if (snapshot != null) {
            snapshot.retire();
        }
    }
}
