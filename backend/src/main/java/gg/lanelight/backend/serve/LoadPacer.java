package gg.lanelight.backend.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Keeps a snapshot load to a share of one core, so that a swap leaves the rest of the machine to live traffic: the
 * load calls {@link #pace()} between its steps, and after every few milliseconds of CPU the loader thread sleeps in
 * proportion to the CPU it used. Thread CPU time includes DuckDB's native work on this thread (the load runs DuckDB
 * with one thread, the caller's), so a step inside DuckDB counts too; a single statement cannot be split, so the
 * longest step is reported. Loader thread only; not thread-safe.
 */
final class LoadPacer {
    /** The share of one core a load may use while live traffic is served. */
    static final double LOAD_SHARE = 0.5;

    /** Less CPU than this between two steps is carried over, so the loader does not sleep for microseconds. */
    private static final long MIN_WORK_NANOS = 2_000_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final double share;
    private final long startedNanos = System.nanoTime();
    private final long startedCpuNanos = cpuNanos();
    private long cpuAtLastPause = startedCpuNanos;
    private long pausedNanos;
    private long longestStepNanos;

    /** @param share the share of one core to keep to, above 0; 1 never pauses */
    LoadPacer(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("A load's CPU share must be in (0, 1], got " + share);
        }
        this.share = share;
    }

    /** Sleeps when the CPU used since the last pause asks for it; call between steps of the load. */
    void pace() {
        long usedNanos = cpuNanos() - cpuAtLastPause;
        longestStepNanos = Math.max(longestStepNanos, usedNanos);
        if (usedNanos < MIN_WORK_NANOS || share >= 1) {
            return;
        }
        long sleepNanos = (long) (usedNanos * (1 - share) / share);
        try {
            Thread.sleep(sleepNanos / 1_000_000, (int) (sleepNanos % 1_000_000));
            pausedNanos += sleepNanos;
        } catch (InterruptedException e) {
            // the server is stopping: finish the load unpaced, and let the loader see the interrupt
            Thread.currentThread().interrupt();
        }
        cpuAtLastPause = cpuNanos();
    }

    /** Nanoseconds slept so far. */
    long pausedNanos() {
        return pausedNanos;
    }

    /** e.g. "2.1 s of CPU in 4.3 s, 2.0 s paused, longest step 180 ms", for the swap's log line. */
    String summary() {
        return String.format(
                Locale.ROOT,
                "%.1f s of CPU in %.1f s, %.1f s paused, longest step %d ms",
                (cpuNanos() - startedCpuNanos) / 1e9,
                (System.nanoTime() - startedNanos) / 1e9,
                pausedNanos / 1e9,
                longestStepNanos / 1_000_000);
    }

    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
