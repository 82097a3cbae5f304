package gg.lanelight.app.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Known limitation: no WebSocket pings are sent (the client's support for them is unknown), so a client that hangs
 * without closing its socket is only noticed as lost when the operating system drops the connection.
 *
 * <p>The client's event WebSocket ({@code wss://127.0.0.1:<port>/}, WAMP 1.0, same auth and trust as REST). Subscribes
 * to one topic per JSON API endpoint and hands each event for those endpoints to its {@link Listener}.
 */
public final class LcuEventSocket implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LcuEventSocket.class);

    /** What the socket reports. Called on OkHttp's socket thread, one call at a time, in arrival order. */
    public interface Listener {

        /** An event for one of the subscribed endpoints. */
        void onEvent(LcuEvent event);

        /** A frame that could not be read; the socket stays open. */
        void onMalformedFrame(String message);

        /** The socket closed or failed after it had opened; called at most once, never after {@link #close()}. */
        void onClosed(String reason);
    }

    private final OkHttpClient http;
    private final LcuRestClient rest;
    private final List<String> uris;
    private final Set<String> followedUris;
    private final Listener listener;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile WebSocket webSocket;

    /**
     * @param http an OkHttp client carrying {@link LcuTrust}
     * @param rest the REST client of the same client instance (for its URL and auth header)
     * @param uris the JSON API endpoints to follow, e.g. {@code /lol-gameflow/v1/gameflow-phase}
     */
    public LcuEventSocket(OkHttpClient http, LcuRestClient rest, List<String> uris, Listener listener) {
        this.http = http;
        this.rest = rest;
        this.uris = List.copyOf(uris);
        this.followedUris = Set.copyOf(uris);
        this.listener = listener;
    }

    /**
     * Connects and subscribes; blocks until the subscribe frames are sent, at most {@code timeout}.
     *
     * @throws LcuException when the upgrade fails (refused, untrusted, unauthorized) or takes too long
     */
    public void open(Duration timeout) throws LcuException {
        Request request = rest.authorized(rest.url("/")).build();
        webSocket = http.newWebSocket(request, new Frames());
        try {
            opened.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            webSocket.cancel();
            throw new LcuException(
                    "Could not open the client's event socket (wss://127.0.0.1:"
                            + rest.credentials().port() + "/): " + describe(e.getCause()),
                    e.getCause());
        } catch (TimeoutException e) {
            webSocket.cancel();
            throw new LcuException(
                    "The client's event socket did not open within " + timeout.toSeconds() + " s;"
                            + " Lanelight tries again.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            webSocket.cancel();
            throw new LcuException("Interrupted while opening the client's event socket.", e);
        }
    }

    /** Closes the socket; the listener hears nothing more. Safe to call more than once. */
    @Override
    public void close() {
        finished.set(true);
        WebSocket socket = webSocket;
        if (socket != null) {
            socket.close(1000, "Lanelight disconnects");
        }
    }

    private void subscribe(WebSocket socket) {
        for (String uri : uris) {
            socket.send(WampFrame.Subscribe.toJsonApi(uri).toJson());
        }
        LOG.debug("Subscribed to {} client event topics", uris.size());
    }

    private void receive(String text) {
        try {
            WampFrame frame = WampFrame.parse(text);
            if (frame instanceof WampFrame.Event) {
                LcuEvent event = ((WampFrame.Event) frame).event();
                if (followedUris.contains(event.uri())) {
                    listener.onEvent(event);
                }
            }
        } catch (MalformedPayloadException e) {
            listener.onMalformedFrame(e.getMessage());
        }
    }

    private void finish(String reason) {
        if (!finished.getAndSet(true)) {
            listener.onClosed(reason);
        }
    }

    private static String describe(Throwable failure) {
        if (failure instanceof IOException) {
            return LcuRestClient.describe((IOException) failure);
        }
        return String.valueOf(failure);
    }

    private final class Frames extends WebSocketListener {

        @Override
        public void onOpen(WebSocket socket, Response response) {
            subscribe(socket);
            opened.complete(null);
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            if (!finished.get()) {
                receive(text);
            }
        }

        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            socket.close(1000, null);
            finish("the client closed the event socket (code " + code + ")");
        }

        @Override
        public void onClosed(WebSocket socket, int code, String reason) {
            finish("the client closed the event socket (code " + code + ")");
        }

        @Override
        public void onFailure(WebSocket socket, Throwable failure, Response response) {
            if (!opened.isDone()) {
                String status = response == null ? "" : "HTTP " + response.code() + " during the upgrade; ";
                opened.completeExceptionally(
                        failure instanceof IOException && response == null
                                ? failure
                                : new IOException(status + whatHappened(failure), failure));
                return;
            }
            finish("the event socket failed: " + whatHappened(failure));
        }
    }

    /** The failure in words; an exception without a message (an EOF, mostly) means the peer hung up mid-stream. */
    static String whatHappened(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof java.io.EOFException || message == null || message.isBlank()) {
            return "the connection closed unexpectedly";
        }
        return message;
    }
}
