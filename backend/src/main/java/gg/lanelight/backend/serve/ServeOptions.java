package gg.lanelight.backend.serve;

/**
 * How the service runs.
 *
 * @param host address to bind, e.g. 127.0.0.1 or 0.0.0.0
 * @param port 0 for any free port
 * @param pollMillis how often the snapshot source is checked for a newer manifest
 * @param rateLimitPerSecond sustained requests per second per client; 0 turns rate limiting off
 * @param rateBurst requests a client may send at once after being idle
 * @param trustForwardedFor take the client address from the last X-Forwarded-For entry (only behind a proxy that
 *     sets it; otherwise any client could pick its own bucket)
 * @param ratePauseAfter refusals in a row for one client on one connection answered at once; further ones are held
 *     back so the connection's next requests wait unread (see {@code Tarpit}); 0 never holds a refusal
 */
public record ServeOptions(
        String host,
        int port,
        long pollMillis,
        double rateLimitPerSecond,
        int rateBurst,
        boolean trustForwardedFor,
        int ratePauseAfter) {

    public static final long DEFAULT_POLL_MILLIS = 5_000;

    /** A client honouring Retry-After is never refused this often in a row on one connection. */
    public static final int DEFAULT_RATE_PAUSE_AFTER = 8;

    /** As the canonical constructor, holding refusals after {@value #DEFAULT_RATE_PAUSE_AFTER} in a row. */
    public ServeOptions(
            String host,
            int port,
            long pollMillis,
            double rateLimitPerSecond,
            int rateBurst,
            boolean trustForwardedFor) {
        this(host, port, pollMillis, rateLimitPerSecond, rateBurst, trustForwardedFor, DEFAULT_RATE_PAUSE_AFTER);
    }

    /** Loopback defaults: no rate limit, snapshots checked every 5 s. */
    public static ServeOptions local(String host, int port) {
        return new ServeOptions(host, port, DEFAULT_POLL_MILLIS, 0, 1, false);
    }

    public ServeOptions withPollMillis(long millis) {
        return new ServeOptions(host, port, millis, rateLimitPerSecond, rateBurst, trustForwardedFor, ratePauseAfter);
    }

    public ServeOptions withRateLimit(double perSecond, int burst, boolean forwardedFor) {
        return new ServeOptions(host, port, pollMillis, perSecond, burst, forwardedFor, ratePauseAfter);
    }

    /** @param refusals refusals in a row on one connection before they are held back; 0 never holds one */
    public ServeOptions withRatePauseAfter(int refusals) {
        return new ServeOptions(host, port, pollMillis, rateLimitPerSecond, rateBurst, trustForwardedFor, refusals);
    }
}
