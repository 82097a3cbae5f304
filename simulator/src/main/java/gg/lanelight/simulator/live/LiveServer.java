package gg.lanelight.simulator.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.game.Participant;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The game process's Live Client Data API on https://127.0.0.1:PORT/liveclientdata/. The port is bound only from
 * game start to game end (so before and after, connections are refused, like with the real game); while the game
 * loads every path answers 404. No authentication, GET only.
 */
public final class LiveServer {

    private static final Logger LOG = LoggerFactory.getLogger(LiveServer.class);
    private static final String PREFIX = "/liveclientdata/";
    private static final String LOOPBACK = "127.0.0.1";

    private final int port;
    private final SSLContext tls;
    private final LiveGameView view;
    private final JsonNode loadingError = Json.resource("gg/lanelight/simulator/live/error-404-loading.json");
    private volatile LiveGameClock clock;
    private Undertow undertow;

    public LiveServer(int port, SSLContext tls, LiveGameView view) {
        this.port = port;
        this.tls = tls;
        this.view = view;
    }

    public int port() {
        return port;
    }

    /**
     * Fails fast when the port is taken already, because the port is bound only at GameStart and a clash found then
     * would let an app talk to whatever game holds it.
     *
     * @throws IOException naming the port and what to do
     */
    public void ensurePortFree() throws IOException {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            LOG.debug("Live Client port {} is free", probe.getLocalPort());
        } catch (IOException e) {
            throw new IOException(busyPortMessage(e.getMessage()), e);
        }
    }

    /**
     * Binds the port; until {@code clock} is started, requests get 404 (loading).
     *
     * @throws IllegalStateException when the port cannot be bound: the game cannot run without its API
     */
    public synchronized void open(LiveGameClock gameClock) {
        this.clock = gameClock;
        if (undertow != null) {
            return;
        }
        Undertow server = Undertow.builder()
                .addHttpsListener(port, LOOPBACK, tls)
                .setIoThreads(1)
                .setWorkerThreads(4)
                .setHandler(this::handle)
                .build();
        try {
            server.start();
            undertow = server;
            LOG.info("Live Client Data API listening on https://127.0.0.1:{}", port);
        } catch (RuntimeException e) {
            throw new IllegalStateException("At GameStart, " + busyPortMessage(e.getMessage()), e);
        }
    }

    private String busyPortMessage(String reason) {
        return "the Live Client port " + port + " cannot be bound (" + reason + "): another game or simulator may "
                + "hold it; stop it or pass --live-port=<a free port>";
    }

    /** Unbinds the port: the game process has exited. */
    public synchronized void close() {
        if (undertow != null) {
            undertow.stop();
            undertow = null;
            LOG.info("Live Client Data API closed");
        }
    }

    /** Building a payload replays the timeline, so it runs on a worker thread, not the I/O thread. */
    private void handle(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this::handle);
            return;
        }
        LiveGameClock current = clock;
        if (!Methods.GET.equals(exchange.getRequestMethod())) {
            send(exchange, 405, error(405, "Only GET is supported"));
        } else if (current == null || !current.started()) {
            send(exchange, 404, loadingError);
        } else {
            Optional<JsonNode> body = route(exchange, current.gameSeconds());
            send(exchange, body.isPresent() ? 200 : 404, body.orElseGet(() -> error(404, "resource not found")));
        }
    }

    private Optional<JsonNode> route(HttpServerExchange exchange, double time) {
        String path = exchange.getRequestPath();
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return switch (path.substring(PREFIX.length())) {
            case "allgamedata" -> Optional.of(view.allGameData(time));
            case "activeplayer" -> Optional.of(view.activePlayer(time));
            case "activeplayername" -> Optional.of(view.activePlayerName());
            case "activeplayerabilities" -> Optional.of(view.abilities(time));
            case "activeplayerrunes" -> Optional.of(view.activePlayer(time).get("fullRunes"));
            case "playerlist" -> Optional.of(view.playerList(time, query(exchange, "teamID")));
            case "playerscores" -> player(exchange, p -> view.scores(p, time));
            case "playeritems" -> player(exchange, p -> view.items(p, time));
            case "playersummonerspells" -> player(exchange, view::summonerSpells);
            case "playermainrunes" -> player(exchange, view::mainRunes);
            case "eventdata" -> Optional.of(view.eventData(time, eventId(exchange)));
            case "gamestats" -> Optional.of(view.gameStats(time));
            default -> Optional.empty();
        };
    }

    private Optional<JsonNode> player(HttpServerExchange exchange, Function<Participant, JsonNode> part) {
        String riotId = query(exchange, "summonerName");
        return riotId == null ? Optional.empty() : view.byRiotId(riotId).map(part);
    }

    private static int eventId(HttpServerExchange exchange) {
        try {
            String text = query(exchange, "eventID");
            return text == null ? -1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Undertow has already URL-decoded query values, so {@code Name%23TAG} arrives as {@code Name#TAG}. */
    private static String query(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? null : values.getFirst();
    }

    private JsonNode error(int status, String message) {
        return ((ObjectNode) loadingError.deepCopy()).put("httpStatus", status).put("message", message);
    }

    private static void send(HttpServerExchange exchange, int status, JsonNode body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseSender().send(Json.write(body), StandardCharsets.UTF_8);
    }
}
