package gg.lanelight.app.session;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The session's executors: one thread that owns all session state (events and answers are applied there in order, so
 * no state needs a lock), a timer that hands delayed tasks to that thread, a small pool for blocking requests to the client and the stats service, and one thread for
 * history writes so that two saves of the same game land in the order they were made. All use daemon threads so a
 * forgotten request never keeps the app alive.
 */
final class SessionThreads implements AutoCloseable {

    private static final int LOOKUP_THREADS = 3;

    private final ExecutorService state = Executors.newSingleThreadExecutor(named("lanelight-session"));
    private final ExecutorService lookups = Executors.newFixedThreadPool(LOOKUP_THREADS, named("lanelight-lookup"));
    private final ExecutorService history = Executors.newSingleThreadExecutor(named("lanelight-history"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(named("lanelight-session-timer"));

    /** Runs {@code task} on the state thread, after everything queued before it. */
    void onState(Runnable task) {
        if (!state.isShutdown()) {
            state.execute(task);
        }
    }

    /** Runs {@code task} on the state thread once {@code delay} has passed; the timer thread only hands it over. */
    void onStateAfter(Duration delay, Runnable task) {
        if (!timer.isShutdown()) {
            timer.schedule(() -> onState(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs a blocking request on the lookup pool. */
    void lookup(Runnable task) {
        if (!lookups.isShutdown()) {
            lookups.execute(task);
        }
    }

    /** Runs a history read or write after every one queued before it. */
    void store(Runnable task) {
        if (!history.isShutdown()) {
            history.execute(task);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        lookups.shutdownNow();
        history.shutdown();
        state.shutdown();
        try {
            history.awaitTermination(2, TimeUnit.SECONDS);
            state.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
