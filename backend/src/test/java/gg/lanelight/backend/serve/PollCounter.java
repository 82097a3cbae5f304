package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A snapshot source that counts how often the loader looked for a newer snapshot. */
final class PollCounter implements SnapshotSource {
    private final SnapshotSource delegate;
    private final AtomicInteger polls = new AtomicInteger();

    PollCounter(SnapshotSource delegate) {
        this.delegate = delegate;
    }

    int polls() {
        return polls.get();
    }

    void awaitPolls(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (polls.get() < count) {
            assertTrue(System.nanoTime() < deadline, "the loader stopped polling");
            Thread.sleep(20);
        }
    }

    @Override
    public Optional<PublishedSnapshot> newest(Predicate<String> wanted) throws IOException, SnapshotRejectedException {
        polls.incrementAndGet();
        return delegate.newest(wanted);
    }

    @Override
    public void forgetAllBut(String servedId) {
        delegate.forgetAllBut(servedId);
    }

    @Override
    public String describe() {
        return delegate.describe();
    }
}
