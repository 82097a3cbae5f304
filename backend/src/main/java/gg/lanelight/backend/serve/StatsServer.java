package gg.lanelight.backend.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.metrics.ServingMetrics;
import gg.lanelight.backend.ratelimit.Tarpit;
import gg.lanelight.backend.ratelimit.TokenBucketLimiter;
import gg.lanelight.backend.snapshot.SnapshotStore;
import io.undertow.Undertow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

/**
 * The HTTP server of the /v1 API on Undertow. Precomputed answers are sent from the IO threads; DuckDB lookups run on
 * the worker pool. Start with {@link #start}; {@link #close} stops the server and the snapshot loader.
 */
public final class StatsServer implements AutoCloseable {
    /** How often the snapshots folder is checked for a newer published snapshot. */
    public static final long SNAPSHOT_POLL_SECONDS = 5;

    private final Undertow undertow;
    private final SnapshotHolder holder;
    private final ServingMetrics metrics;
    private final Tarpit tarpit;
    private final String host;

    private StatsServer(Undertow undertow, SnapshotHolder holder, ServingMetrics metrics, Tarpit tarpit, String host) {
        this.undertow = undertow;
        this.holder = holder;
        this.metrics = metrics;
        this.tarpit = tarpit;
        this.host = host;
    }

    /**
     * Loads the newest snapshot of {@code store} (if any) and starts listening.
     *
     * @param port 0 for any free port
     */
    public static StatsServer start(SnapshotStore store, String host, int port) throws InterruptedException {
        return start(store, ServeOptions.local(host, port));
    }

    /** As {@link #start(SnapshotStore, String, int)}, checking for newer snapshots every {@code pollSeconds}. */
    public static StatsServer start(SnapshotStore store, String host, int port, long pollSeconds)
            throws InterruptedException {
        return start(store, ServeOptions.local(host, port).withPollMillis(pollSeconds * 1000));
    }

    /** Serves the snapshots published into a local folder. */
    public static StatsServer start(SnapshotStore store, ServeOptions options) throws InterruptedException {
        return start(new FolderSnapshotSource(store), options);
    }

    /**
     * Serves the snapshot named by {@code <baseUrl>/manifest.json}, downloading its files into {@code downloads}.
     *
     * @param downloads a folder this server owns; other snapshots' copies in it are deleted
     */
    public static StatsServer start(URI baseUrl, Path downloads, ServeOptions options) throws InterruptedException {
        return start(new HttpSnapshotSource(baseUrl, downloads, new ObjectMapper()), options);
    }

    /** Serves the snapshots of any source (package-private: tests pass sources with their own TLS trust). */
    static StatsServer start(SnapshotSource source, ServeOptions options) throws InterruptedException {
        return start(source, options, RequestLimits.DEFAULTS);
    }

    /** As above with other request limits (tests shorten the deadlines). */
    static StatsServer start(SnapshotSource source, ServeOptions options, RequestLimits limits)
            throws InterruptedException {
        ObjectMapper mapper = new ObjectMapper();
        ServingMetrics metrics = new ServingMetrics();
        SnapshotHolder holder = new SnapshotHolder(source, metrics, mapper);
        holder.start(options.pollMillis());
        TokenBucketLimiter limiter = options.rateLimitPerSecond() > 0
                ? new TokenBucketLimiter(options.rateLimitPerSecond(), options.rateBurst())
                : null;
        Tarpit tarpit = new Tarpit(options.ratePauseAfter(), metrics);
        ApiHandlers api = new ApiHandlers(
                holder, mapper, metrics, limiter, tarpit, options.trustForwardedFor(), openApiDocument(), limits);
        Undertow undertow = limits.applyTo(Undertow.builder())
                .addHttpListener(options.port(), options.host())
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .setWorkerThreads(16)
                .setHandler(api)
                .build();
        undertow.start();
        return new StatsServer(undertow, holder, metrics, tarpit, options.host());
    }

    private static byte[] openApiDocument() {
        try (InputStream in = StatsServer.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read openapi.yaml", e);
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** e.g. {@code http://127.0.0.1:41234} */
    public URI baseUri() {
        return URI.create("http://" + host + ":" + port());
    }

    /** The service's counters (the same numbers /metrics shows). */
    public ServingMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        try {
            // a held refusal is an open exchange; stopping the IO threads under it would fail noisily
            tarpit.releaseAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        holder.close();
    }
}
