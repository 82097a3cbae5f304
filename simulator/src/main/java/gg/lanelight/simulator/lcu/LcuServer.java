package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.Json;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LCU's HTTPS server on 127.0.0.1: REST under {@code /lol-…} and {@code /riotclient/…}, the WAMP WebSocket at
 * {@code /}. Every request, the WebSocket upgrade included, needs HTTP Basic {@code riot:<token>}; otherwise 401
 * with a JSON error body.
 */
public final class LcuServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LcuServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final Undertow undertow;
    private final WampHub hub;

    /** @param port 0 picks a free port */
    public LcuServer(int port, String token, SSLContext tls, LcuRoutes routes, WampHub hub) {
        this.hub = hub;
        HttpHandler rest = new RestHandler(routes);
        HttpHandler api = Handlers.websocket((exchange, channel) -> hub.accept(channel), rest);
        this.undertow = Undertow.builder()
                .addHttpsListener(port, LOOPBACK, tls)
                .setIoThreads(2)
                .setWorkerThreads(8)
                .setHandler(new BasicAuthHandler(token, api))
                .build();
    }

    public void start() {
        undertow.start();
        LOG.info("LCU API listening on https://127.0.0.1:{}", port());
    }

    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    public void close() {
        hub.closeAll();
        undertow.stop();
    }

    /** Rejects requests without the right Basic credentials before they reach REST or the upgrade. */
    private static final class BasicAuthHandler implements HttpHandler {

        private final byte[] expected;
        private final HttpHandler next;

        BasicAuthHandler(String token, HttpHandler next) {
            String credentials = Base64.getEncoder().encodeToString(("riot:" + token).getBytes(StandardCharsets.UTF_8));
            this.expected = ("Basic " + credentials).getBytes(StandardCharsets.UTF_8);
            this.next = next;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
            byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(expected, given)) {
                exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Basic realm=\"LeagueClient\"");
                send(
                        exchange,
                        LcuResponse.error(
                                StatusCodes.UNAUTHORIZED,
                                "RPC_ERROR",
                                "Invalid credentials: use " + "HTTP Basic with user riot and the lockfile's password"));
                return;
            }
            next.handleRequest(exchange);
        }
    }

    /** Reads the body on a worker thread and answers from {@link LcuRoutes}. */
    private static final class RestHandler implements HttpHandler {

        private final LcuRoutes routes;

        RestHandler(LcuRoutes routes) {
            this.routes = routes;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (exchange.isInIoThread()) {
                exchange.dispatch(this);
                return;
            }
            exchange.startBlocking();
            String text = new String(exchange.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body;
            try {
                body = text.isBlank() ? null : Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                send(exchange, LcuResponse.badRequest("The request body is not valid JSON: " + e.getOriginalMessage()));
                return;
            }
            Map<String, String> query = new HashMap<>();
            exchange.getQueryParameters().forEach((key, values) -> query.put(key, values.getFirst()));
            String method = exchange.getRequestMethod().toString();
            send(exchange, routes.handle(method, exchange.getRequestPath(), query, body));
        }
    }

    static void send(HttpServerExchange exchange, LcuResponse response) {
        exchange.setStatusCode(response.status());
        if (response.body() == null) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseSender().send(Json.write(response.body()), StandardCharsets.UTF_8);
    }
}
