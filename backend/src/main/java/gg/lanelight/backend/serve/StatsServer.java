package gg.lanelight.backend.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.snapshot.SnapshotStore;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The HTTP server of the /v1 API on Undertow. Requests are dispatched from the IO threads to the worker pool before
 * any snapshot query runs. Start with {@link #start}; {@link #close} stops the server and the snapshot loader.
 */
public final class StatsServer implements AutoCloseable {
    /** How often the snapshots folder is checked for a newer published snapshot. */
    public static final long SNAPSHOT_POLL_SECONDS = 5;

    private final Undertow undertow;
    private final SnapshotHolder holder;
    private final String host;

    private StatsServer(Undertow undertow, SnapshotHolder holder, String host) {
        this.undertow = undertow;
        this.holder = holder;
        this.host = host;
    }

    /**
     * Loads the newest snapshot of {@code store} (if any) and starts listening.
     *
     * @param port 0 for any free port
     */
    public static StatsServer start(SnapshotStore store, String host, int port) throws InterruptedException {
        return start(store, host, port, SNAPSHOT_POLL_SECONDS);
    }

    /** As {@link #start(SnapshotStore, String, int)}, checking for newer snapshots every {@code pollSeconds}. */
    public static StatsServer start(SnapshotStore store, String host, int port, long pollSeconds)
            throws InterruptedException {
        SnapshotHolder holder = new SnapshotHolder(store);
        holder.start(pollSeconds);
        ApiHandlers api = new ApiHandlers(holder, new ObjectMapper());
        RoutingHandler routes = Handlers.routing()
                .get("/v1/health", api::health)
                .get("/v1/builds/{championId}/{role}", api::build)
                .get("/v1/players/{puuid}", api::player)
                .post("/v1/players/batch", api::playerBatch)
                .setFallbackHandler(api::notFound)
                .setInvalidMethodHandler(api::methodNotAllowed);
        Undertow undertow = Undertow.builder()
                .addHttpListener(port, host)
                .setIoThreads(2)
                .setWorkerThreads(16)
                .setHandler(new BlockingHandler(routes))
                .build();
        undertow.start();
        return new StatsServer(undertow, holder, host);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** e.g. {@code http://127.0.0.1:41234} */
    public URI baseUri() {
        return URI.create("http://" + host + ":" + port());
    }

    @Override
    public void close() {
        undertow.stop();
        holder.close();
    }
}
