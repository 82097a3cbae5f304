package gg.lanelight.backend.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gg.lanelight.backend.metrics.ServingMetrics;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pause of a held refusal; holding itself is tested over real sockets in serve.FloodPauseTest. */
class TarpitTest {
    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void thePauseStartsAtTheWaitForTheNextTokenAndDoublesUpToOneSecond() {
        long wait = 5 * MILLI;

        assertEquals(wait, Tarpit.pauseFor(0, wait));
        assertEquals(wait * 2 * 2 * 2, Tarpit.pauseFor(3, wait));
        assertEquals(Tarpit.MAX_PAUSE_NANOS, Tarpit.pauseFor(8, wait), "5 ms doubled 8 times is over a second");
        assertEquals(Tarpit.MAX_PAUSE_NANOS, Tarpit.pauseFor(Integer.MAX_VALUE, wait));
    }

    @Test
    void thePauseIsAtLeastTheTimersResolutionAndAtMostOneSecond() {
        assertEquals(MILLI, Tarpit.pauseFor(0, 10));
        assertEquals(Tarpit.MAX_PAUSE_NANOS, Tarpit.pauseFor(0, TimeUnit.SECONDS.toNanos(30)));
    }

    @Test
    void aNegativeStreakLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Tarpit(-1, new ServingMetrics()));
    }
}
