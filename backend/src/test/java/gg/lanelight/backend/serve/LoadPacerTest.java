package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** The loader's pacing: CPU used between steps is followed by a proportional sleep. */
class LoadPacerTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void atHalfACoreEachStepIsFollowedByAtLeastAsLongASleep() {
        LoadPacer pacer = new LoadPacer(0.5);
        long cpuBefore = THREADS.getCurrentThreadCpuTime();

        long used = burnCpu(20_000_000) - cpuBefore;
        pacer.pace();

        assertTrue(pacer.pausedNanos() >= used, "slept " + pacer.pausedNanos() + " ns after " + used + " ns of CPU");
        assertTrue(pacer.summary().contains("longest step"), pacer.summary());
    }

    @Test
    void atAWholeCoreTheLoadNeverSleeps() {
        LoadPacer pacer = new LoadPacer(1);

        burnCpu(20_000_000);
        pacer.pace();

        assertEquals(0, pacer.pausedNanos());
    }

    @Test
    void aShareOutsideOneCoreIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoadPacer(0));
        assertThrows(IllegalArgumentException.class, () -> new LoadPacer(1.5));
    }

    /** Spins until this thread has used {@code nanos} more CPU; returns its CPU time then. */
    private static long burnCpu(long nanos) {
        long until = THREADS.getCurrentThreadCpuTime() + nanos;
        long now = THREADS.getCurrentThreadCpuTime();
        while (now < until) {
            now = THREADS.getCurrentThreadCpuTime();
        }
        return now;
    }
}
