package gg.lanelight.backend.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.serve.ApiResponses.ApiError;
import gg.lanelight.backend.serve.ApiResponses.Health;
import gg.lanelight.backend.serve.ApiResponses.PlayerBatch;
import gg.lanelight.backend.serve.ApiResponses.PlayerSummary;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The /v1 endpoints. Runs on Undertow worker threads (never the IO thread), so DuckDB calls may block. */
final class ApiHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandlers.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final SnapshotHolder holder;
    private final ObjectMapper mapper;

    ApiHandlers(SnapshotHolder holder, ObjectMapper mapper) {
        this.holder = holder;
        this.mapper = mapper;
    }

    void health(HttpServerExchange exchange) {
        respond(exchange, snapshot -> new Health("ok", snapshot.snapshotId()));
    }

    void build(HttpServerExchange exchange) {
        respond(exchange, snapshot -> {
            int championId = RequestParameters.championId(parameter(exchange, "championId"));
            String role = RequestParameters.role(parameter(exchange, "role"));
            String patch = RequestParameters.patch(parameter(exchange, "patch"), snapshot.defaultPatch());
            int queue = RequestParameters.queue(parameter(exchange, "queue"), ServingSnapshot.DEFAULT_QUEUE);
            return snapshot.build(new BuildCell(patch, queue, championId, role))
                    .orElseThrow(() -> new ApiException(
                            404,
                            "no-games",
                            "Snapshot " + snapshot.snapshotId()
                                    + " has no games of champion " + championId + " as " + role + " in patch " + patch
                                    + ", queue " + queue + "; try another role, patch or queue"));
        });
    }

    void player(HttpServerExchange exchange) {
        respond(exchange, snapshot -> {
            String puuid = RequestParameters.puuid(parameter(exchange, "puuid"), "puuid");
            return snapshot.player(puuid)
                    .orElseThrow(() -> new ApiException(
                            404,
                            "unknown-player",
                            "Snapshot " + snapshot.snapshotId() + " has no games of puuid " + puuid
                                    + "; the player may be new or not crawled yet"));
        });
    }

    void playerBatch(HttpServerExchange exchange) {
        respond(exchange, snapshot -> {
            List<PlayerSummary> players = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String puuid : batchPuuids(exchange)) {
                Optional<PlayerSummary> player = snapshot.player(puuid);
                player.ifPresentOrElse(players::add, () -> unknown.add(puuid));
            }
            return new PlayerBatch(snapshot.snapshotId(), players, unknown);
        });
    }

    void notFound(HttpServerExchange exchange) {
        send(
                exchange,
                404,
                new ApiError(
                        "not-found",
                        "No endpoint " + exchange.getRequestMethod() + " "
                                + exchange.getRequestPath()
                                + "; see /v1/health, /v1/builds/{championId}/{role}, /v1/players/{puuid}"
                                + " and POST /v1/players/batch"));
    }

    void methodNotAllowed(HttpServerExchange exchange) {
        send(
                exchange,
                405,
                new ApiError(
                        "method-not-allowed",
                        exchange.getRequestMethod() + " is not supported on " + exchange.getRequestPath()));
    }

    private Set<String> batchPuuids(HttpServerExchange exchange) throws IOException, ApiException {
        byte[] body = exchange.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw ApiException.invalid("body", "the request body is over " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode puuids;
        try {
            puuids = mapper.readTree(body).path("puuids");
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("body", "the body is not JSON; send {\"puuids\":[…]}");
        }
        if (!puuids.isArray()) {
            throw ApiException.invalid(
                    "puuids",
                    "puuids must be an array of up to " + RequestParameters.MAX_BATCH
                            + " puuids: send {\"puuids\":[…]}");
        }
        if (puuids.size() > RequestParameters.MAX_BATCH) {
            throw ApiException.invalid(
                    "puuids",
                    "puuids holds " + puuids.size() + " entries; the limit is " + RequestParameters.MAX_BATCH
                            + " per request, so split the batch");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (JsonNode puuid : puuids) {
            distinct.add(RequestParameters.puuid(puuid.isTextual() ? puuid.asText() : null, "puuids"));
        }
        return distinct;
    }

    private static String parameter(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void respond(HttpServerExchange exchange, Endpoint endpoint) {
        Optional<ServingSnapshot> snapshot = holder.acquire();
        if (snapshot.isEmpty()) {
            send(
                    exchange,
                    503,
                    new ApiError(
                            "no-snapshot",
                            "No stats snapshot is published yet; build one with"
                                    + " 'BackendMain snapshot' (or wait for the demo to finish) and retry in a few seconds"));
            return;
        }
        try {
            send(exchange, 200, endpoint.answer(snapshot.get()));
        } catch (ApiException e) {
            send(exchange, e.status(), new ApiError(e.code(), e.getMessage()));
        } catch (Exception e) {
            LOG.warn("A request to {} failed: {}", exchange.getRequestPath(), e.toString());
            send(exchange, 500, new ApiError("internal", "The backend failed to answer; retry, and check its log"));
        } finally {
            snapshot.get().release();
        }
    }

    private void send(HttpServerExchange exchange, int status, Object body) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body could not be serialised", e);
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    /** One endpoint's work against a retained snapshot. */
    @FunctionalInterface
    private interface Endpoint {
        Object answer(ServingSnapshot snapshot) throws Exception;
    }
}
