package gg.lanelight.backend.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TokenBucketLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstThenOneTokenPerIntervalAndTheWaitUntilTheNext() {
        TokenBucketLimiter limiter = new TokenBucketLimiter(4, 3);
        long start = 1_000 * SECOND;

        for (int request = 0; request < 3; request++) {
            assertEquals(0, limiter.tryAcquire("a", start));
        }
        assertEquals(SECOND / 4, limiter.tryAcquire("a", start));
        assertEquals(SECOND / 8, limiter.tryAcquire("a", start + SECOND / 8));
        assertEquals(0, limiter.tryAcquire("a", start + SECOND / 4));
        assertEquals(0, limiter.tryAcquire("b", start), "another client has its own bucket");
    }

    @Test
    void anIdleClientRefillsOnlyUpToItsBurst() {
        TokenBucketLimiter limiter = new TokenBucketLimiter(100, 2);
        limiter.tryAcquire("a", 0);

        long later = 60 * SECOND;
        assertEquals(0, limiter.tryAcquire("a", later));
        assertEquals(0, limiter.tryAcquire("a", later));
        assertEquals(SECOND / 100, limiter.tryAcquire("a", later));
    }

    @Test
    void aZeroRateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucketLimiter(0, 5));
    }
}
