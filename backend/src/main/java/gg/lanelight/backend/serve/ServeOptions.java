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
 */
public record ServeOptions(
        String host, int port, long pollMillis, double rateLimitPerSecond, int rateBurst, boolean trustForwardedFor) {

    public static final long DEFAULT_POLL_MILLIS = 5_000;

    /** Loopback defaults: no rate limit, snapshots checked every 5 s. */
    public static ServeOptions local(String host, int port) {
        return new ServeOptions(host, port, DEFAULT_POLL_MILLIS, 0, 1, false);
    }

    public ServeOptions withPollMillis(long millis) {
        return new ServeOptions(host, port, millis, rateLimitPerSecond, rateBurst, trustForwardedFor);
    }

    public ServeOptions withRateLimit(double perSecond, int burst, boolean forwardedFor) {
        return new ServeOptions(host, port, pollMillis, perSecond, burst, forwardedFor);
    }
}
