package gg.lanelight.backend.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client token buckets: each client may send {@code ratePerSecond} requests a second on average and bursts of
 * up to {@code burst}. Memory is bounded: when more than {@value #MAX_CLIENTS} clients are tracked, buckets that
 * have refilled completely (idle clients) are dropped. Thread-safe; one client's bucket is locked only by its own
 * requests, so a flood from one client never waits on another's.
 *
 * <p>Known limitation: buckets live in one process, so behind a balancer without client affinity a client gets up to
 * its budget once per replica.
 */
public final class TokenBucketLimiter {
    static final int MAX_CLIENTS = 100_000;

    private final double tokensPerNano;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param ratePerSecond sustained requests per second per client, above 0
     * @param burst requests a client may send at once after being idle, at least 1
     */
    public TokenBucketLimiter(double ratePerSecond, int burst) {
        if (!(ratePerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException(
                    "A rate limit needs a rate above 0 and a burst of at least 1, got " + ratePerSecond + "/" + burst);
        }
        this.tokensPerNano = ratePerSecond / 1e9;
        this.burst = burst;
    }

    /**
     * Takes one token of {@code client}'s bucket.
     *
     * @param nowNanos a {@link System#nanoTime()} reading
     * @return 0 when the request may go on, else the nanoseconds until the next token
     */
    public long tryAcquire(String client, long nowNanos) {
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            evictIdleWhenFull(nowNanos);
            bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, nowNanos));
        }
        return bucket.take(nowNanos, tokensPerNano, burst);
    }

    private void evictIdleWhenFull(long nowNanos) {
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFull(nowNanos, tokensPerNano, burst));
        }
        if (buckets.size() >= MAX_CLIENTS) {
            // Every tracked client is busy (a wide spoofed flood): forgetting them all keeps memory and time bounded.
            buckets.clear();
        }
    }

    /** Clients currently tracked. */
    public int trackedClients() {
        return buckets.size();
    }

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long nowNanos) {
            this.tokens = tokens;
            this.updatedNanos = nowNanos;
        }

        synchronized long take(long nowNanos, double tokensPerNano, double burst) {
            refill(nowNanos, tokensPerNano, burst);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }

        synchronized boolean isFull(long nowNanos, double tokensPerNano, double burst) {
            refill(nowNanos, tokensPerNano, burst);
            return tokens >= burst;
        }

        private void refill(long nowNanos, double tokensPerNano, double burst) {
            long elapsed = Math.max(0, nowNanos - updatedNanos);
            tokens = Math.min(burst, tokens + elapsed * tokensPerNano);
            updatedNanos = nowNanos;
        }
    }
}
