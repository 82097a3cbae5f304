package gg.lanelight.backend.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.metrics.ServingMetrics;
import gg.lanelight.backend.ratelimit.Tarpit;
import gg.lanelight.backend.ratelimit.TokenBucketLimiter;
import gg.lanelight.backend.serve.ApiResponses.ApiError;
import gg.lanelight.backend.serve.ApiResponses.Health;
import gg.lanelight.backend.serve.ApiResponses.Matchup;
import gg.lanelight.backend.serve.ApiResponses.Ready;
import gg.lanelight.backend.serve.ApiResponses.RecentMatch;
import gg.lanelight.backend.serve.ApiResponses.RecentMatches;
import gg.lanelight.backend.serve.ApiResponses.SnapshotInfo;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

/**
 * The HTTP front of the service. Runs on Undertow IO threads and answers from precomputed bytes there (never
 * blocking); only player lookups that miss the cache and batch requests are dispatched to worker threads for DuckDB.
 * A batch body is read on the IO thread without blocking, under a deadline, so a slow client never holds a worker.
 * Each request reads the served snapshot once, so its body, ETag and X-Snapshot-Id come from one snapshot.
 */
final class ApiHandlers implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandlers.class);

    static final String JSON = "application/json; charset=utf-8";
    private static final HttpString SNAPSHOT_ID = new HttpString("X-Snapshot-Id");
    private static final HttpString FORWARDED_FOR = new HttpString("X-Forwarded-For");

    private final SnapshotHolder holder;
    private final ObjectMapper mapper;
    private final ServingMetrics metrics;
    private final TokenBucketLimiter limiter;
    private final Tarpit tarpit;
    private final boolean trustForwardedFor;
    private final RequestLimits limits;
    private final PreparedResponse openApi;
    private final PreparedResponse noSnapshot;
    private final PreparedResponse tooManyRequests;
    private final Map<Endpoint, ServingMetrics.EndpointMetrics> endpointMetrics = new EnumMap<>(Endpoint.class);

    /**
     * @param limiter null when rate limiting is off
     * @param tarpit holds back the refusals of a connection that keeps being refused
     * @param openApi the OpenAPI document's bytes
     * @param limits the limits this handler enforces itself (URL length, body deadline)
     */
    ApiHandlers(
            SnapshotHolder holder,
            ObjectMapper mapper,
            ServingMetrics metrics,
            TokenBucketLimiter limiter,
            Tarpit tarpit,
            boolean trustForwardedFor,
            byte[] openApi,
            RequestLimits limits) {
        this.limits = limits;
        this.holder = holder;
        this.mapper = mapper;
        this.metrics = metrics;
        this.limiter = limiter;
        this.tarpit = tarpit;
        this.trustForwardedFor = trustForwardedFor;
        this.openApi = PreparedResponse.cacheable(200, openApi, "openapi", "public, max-age=300");
        this.noSnapshot = error(
                503,
                "no-snapshot",
                "No stats snapshot is loaded yet; build one with 'BackendMain snapshot' (or wait for the demo to"
                        + " finish) and retry in a few seconds");
        this.tooManyRequests = error(
                429, "rate-limited", "Too many requests from this client; wait for Retry-After seconds and slow down");
        for (Endpoint endpoint : Endpoint.values()) {
            endpointMetrics.put(endpoint, metrics.endpoint(endpoint.label()));
        }
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        long started = System.nanoTime();
        RequestTarget target = RequestTarget.of(exchange);
        Endpoint endpoint = Endpoint.of(target.path(), target.parts());
        if (exchange.getRequestURI().length() + exchange.getQueryString().length() > RequestLimits.MAX_URL_CHARS) {
            send(exchange, endpoint, null, urlTooLong(), started);
            return;
        }
        if (endpoint.rateLimited() && limiter != null && isThrottled(exchange, endpoint, started)) {
            return;
        }
        route(exchange, endpoint, target, started);
    }

    private void route(HttpServerExchange exchange, Endpoint endpoint, RequestTarget target, long started) {
        HttpString method = exchange.getRequestMethod();
        if (endpoint != Endpoint.PLAYER_BATCH && hasBody(exchange)) {
            // no GET endpoint reads a body; closing after the answer spares waiting for one that may never come
            exchange.setPersistent(false);
        }
        if (endpoint == Endpoint.NOT_FOUND) {
            send(exchange, endpoint, null, notFound(exchange, target), started);
        } else if (method.equals(Methods.OPTIONS)) {
            sendAllowedMethods(exchange, endpoint, started);
        } else if (!endpoint.allows(method)) {
            exchange.getResponseHeaders().put(Headers.ALLOW, endpoint.allowedMethods());
            send(exchange, endpoint, null, methodNotAllowed(exchange, target), started);
        } else if (hasUnknownParameter(exchange, endpoint, target, started)) {
            return;
        } else if (endpoint == Endpoint.PLAYER_BATCH) {
            receiveBatch(exchange, started);
        } else {
            answerGet(exchange, endpoint, target, started);
        }
    }

    /** True when a query parameter the endpoint does not take was answered with a 400. */
    private boolean hasUnknownParameter(
            HttpServerExchange exchange, Endpoint endpoint, RequestTarget target, long started) {
        if (endpoint.parameters() == null) {
            return false;
        }
        try {
            target.checkParameters(target.path(), endpoint.parameters());
            return false;
        } catch (ApiException e) {
            send(exchange, endpoint, null, error(e), started);
            return true;
        }
    }

    private static boolean hasBody(HttpServerExchange exchange) {
        return exchange.getRequestContentLength() > 0
                || exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    }

    private void answerGet(HttpServerExchange exchange, Endpoint endpoint, RequestTarget target, long started) {
        switch (endpoint) {
            case LIVE -> send(exchange, endpoint, null, json(200, Map.of("status", "alive")), started);
            case METRICS -> sendText(exchange, endpoint, metrics.scrape(System.currentTimeMillis()), started);
            case OPENAPI -> send(exchange, endpoint, null, openApi, "application/yaml; charset=utf-8", started);
            default -> answerFromSnapshot(exchange, endpoint, target, started);
        }
    }

    private void answerFromSnapshot(
            HttpServerExchange exchange, Endpoint endpoint, RequestTarget target, long started) {
        ServingSnapshot snapshot = holder.current();
        if (snapshot == null) {
            send(exchange, endpoint, null, noSnapshot, started);
            return;
        }
        String[] parts = target.parts();
        if (endpoint == Endpoint.PLAYER) {
            answerPlayer(exchange, snapshot, parts[3], started);
            return;
        }
        if (endpoint == Endpoint.PLAYER_MATCHES) {
            answerRecentMatches(exchange, snapshot, target, started);
            return;
        }
        PreparedResponse response;
        try {
            response = snapshotResponse(target, endpoint, snapshot);
        } catch (ApiException e) {
            response = error(e.status(), e.code(), e.getMessage());
        }
        send(exchange, endpoint, snapshot.snapshotId(), response, started);
    }

    private PreparedResponse snapshotResponse(RequestTarget target, Endpoint endpoint, ServingSnapshot snapshot)
            throws ApiException {
        String[] parts = target.parts();
        return switch (endpoint) {
            case HEALTH -> json(200, new Health("ok", snapshot.snapshotId()));
            case READY -> json(200, new Ready(true, snapshot.snapshotId()));
            case SNAPSHOT -> json(200, snapshotInfo(snapshot));
            case TIER_LIST -> tierList(target, snapshot);
            case CHAMPION -> champion(target, snapshot, parts[3]);
            case BUILD -> build(target, snapshot, parts[3], parts[4]);
            case MATCHUP -> matchup(target, snapshot, parts);
            default -> throw new IllegalStateException("No snapshot answer for " + endpoint);
        };
    }

    private PreparedResponse tierList(RequestTarget target, ServingSnapshot snapshot) throws ApiException {
        String roleText = target.parameter("role");
        String role = roleText == null
                ? PrecomputedResponses.ALL_ROLES
                : RequestParameters.role(roleText, RequestParameters.TIER_LIST_ROLES);
        String bracket = RequestParameters.bracket(target.parameter("bracket"));
        String patch = RequestParameters.patch(target.parameter("patch"), snapshot.defaultPatch());
        int queue = RequestParameters.queue(target.parameter("queue"), ServingSnapshot.DEFAULT_QUEUE);
        PreparedResponse list = snapshot.precomputed(PrecomputedResponses.tierListKey(role, patch, queue, bracket));
        if (list == null) {
            throw noGames(snapshot, "in " + role + " in patch " + patch + ", queue " + queue + ", bracket " + bracket);
        }
        return list;
    }

    private PreparedResponse champion(RequestTarget target, ServingSnapshot snapshot, String championText)
            throws ApiException {
        int championId = RequestParameters.championId(championText);
        String bracket = RequestParameters.bracket(target.parameter("bracket"));
        String patch = RequestParameters.patch(target.parameter("patch"), snapshot.defaultPatch());
        int queue = RequestParameters.queue(target.parameter("queue"), ServingSnapshot.DEFAULT_QUEUE);
        PreparedResponse page =
                snapshot.precomputed(PrecomputedResponses.championKey(championId, patch, queue, bracket));
        if (page == null) {
            throw noGames(
                    snapshot,
                    "of champion " + championId + " in patch " + patch + ", queue " + queue + ", bracket " + bracket);
        }
        return page;
    }

    private PreparedResponse matchup(RequestTarget target, ServingSnapshot snapshot, String[] parts)
            throws ApiException {
        int championId = RequestParameters.championId(parts[3]);
        String role = RequestParameters.role(parts[4]);
        int opponentId = RequestParameters.number("opponentId", parts[5], 0, 1, 999_999_999);
        String bracket = RequestParameters.bracket(target.parameter("bracket"));
        String patch = RequestParameters.patch(target.parameter("patch"), snapshot.defaultPatch());
        int queue = RequestParameters.queue(target.parameter("queue"), ServingSnapshot.DEFAULT_QUEUE);
        String key = PrecomputedResponses.matchupKey(championId, role, opponentId, patch, queue, bracket);
        PreparedResponse kept = snapshot.keptAnswer(key);
        if (kept != null) {
            return kept;
        }
        Matchup matchup = snapshot.matchup(key);
        if (matchup == null) {
            throw noGames(
                    snapshot,
                    "of champion " + championId + " against " + opponentId + " as " + role + " in patch " + patch
                            + ", queue " + queue + ", bracket " + bracket);
        }
        try {
            PreparedResponse answer = PreparedResponse.cacheableOnce(
                    200, mapper.writeValueAsBytes(matchup), snapshot.snapshotId(), PrecomputedResponses.CACHE_CONTROL);
            snapshot.keepAnswer(key, answer);
            return answer;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A matchup could not be serialised", e);
        }
    }

    private PreparedResponse build(RequestTarget target, ServingSnapshot snapshot, String championText, String roleText)
            throws ApiException {
        int championId = RequestParameters.championId(championText);
        String role = RequestParameters.role(roleText);
        String patch = RequestParameters.patch(target.parameter("patch"), snapshot.defaultPatch());
        int queue = RequestParameters.queue(target.parameter("queue"), ServingSnapshot.DEFAULT_QUEUE);
        PreparedResponse build = snapshot.precomputed(PrecomputedResponses.buildKey(championId, role, patch, queue));
        if (build == null) {
            throw noGames(
                    snapshot, "of champion " + championId + " as " + role + " in patch " + patch + ", queue " + queue);
        }
        return build;
    }

    /** No games in a slice: the message names the slice and where the valid patches are listed. */
    private static ApiException noGames(ServingSnapshot snapshot, String what) {
        return noGames(
                snapshot,
                what,
                "check the ids, role, patch and queue (GET /v1/snapshot lists the patches it holds: "
                        + String.join(", ", snapshot.patches()) + ")");
    }

    private static ApiException noGames(ServingSnapshot snapshot, String what, String whatToDo) {
        return new ApiException(
                404, "no-games", "Snapshot " + snapshot.snapshotId() + " has no games " + what + "; " + whatToDo);
    }

    private SnapshotInfo snapshotInfo(ServingSnapshot snapshot) {
        long ageSeconds =
                Math.max(0, (System.currentTimeMillis() - snapshot.createdAt().toEpochMilli()) / 1000);
        return new SnapshotInfo(
                snapshot.snapshotId(),
                snapshot.createdAt().toString(),
                ageSeconds,
                snapshot.loadedAt().toString(),
                snapshot.patches(),
                snapshot.defaultPatch(),
                ServingSnapshot.DEFAULT_QUEUE);
    }

    private void answerPlayer(HttpServerExchange exchange, ServingSnapshot snapshot, String puuidText, long started) {
        String puuid;
        try {
            puuid = RequestParameters.puuid(puuidText, "puuid");
        } catch (ApiException e) {
            send(exchange, Endpoint.PLAYER, snapshot.snapshotId(), error(e), started);
            return;
        }
        PreparedResponse cached = snapshot.cachedPlayer(puuid);
        if (cached != null) {
            send(exchange, Endpoint.PLAYER, snapshot.snapshotId(), cached, started);
            return;
        }
        exchange.dispatch(() -> withSnapshot(
                exchange,
                Endpoint.PLAYER,
                started,
                retained -> retained.player(puuid)
                        .orElseGet(() -> error(
                                404,
                                "unknown-player",
                                "Snapshot " + retained.snapshotId() + " has no games of puuid " + puuid
                                        + "; the player may be new or not crawled yet"))));
    }

    /** Recent matches: a cached player's page is built on the IO thread; a first lookup goes to a worker. */
    private void answerRecentMatches(
            HttpServerExchange exchange, ServingSnapshot snapshot, RequestTarget target, long started) {
        String puuidText = target.parts()[3];
        PreparedResponse kept = target.hasQuery() ? null : snapshot.keptAnswer("matches/" + puuidText);
        if (kept != null) {
            send(exchange, Endpoint.PLAYER_MATCHES, snapshot.snapshotId(), kept, started);
            return;
        }
        List<RecentMatch> cached = snapshot.cachedRecentMatches(puuidText);
        if (cached != null) {
            send(
                    exchange,
                    Endpoint.PLAYER_MATCHES,
                    snapshot.snapshotId(),
                    recentPage(target, snapshot, puuidText, cached),
                    started);
            return;
        }
        exchange.dispatch(() -> withSnapshot(exchange, Endpoint.PLAYER_MATCHES, started, retained -> {
            String puuid = RequestParameters.puuid(puuidText, "puuid");
            if (!retained.hasRecentMatches()) {
                throw noGames(retained, "per match (it predates recent matches)", "wait for a newer snapshot");
            }
            return recentPage(target, retained, puuid, retained.recentMatches(puuid));
        }));
    }

    private PreparedResponse recentPage(
            RequestTarget target, ServingSnapshot snapshot, String puuid, List<RecentMatch> matches) {
        try {
            int page = RequestParameters.number("page", target.parameter("page"), 0, 0, 1_000);
            int size = RequestParameters.number("size", target.parameter("size"), 10, 1, 20);
            if (matches.isEmpty()) {
                throw new ApiException(
                        404,
                        "unknown-player",
                        "Snapshot " + snapshot.snapshotId() + " has no games of puuid " + puuid
                                + "; the player may be new or not crawled yet");
            }
            int from = Math.min(matches.size(), page * size);
            RecentMatches body = new RecentMatches(
                    snapshot.snapshotId(),
                    puuid,
                    page,
                    size,
                    matches.size(),
                    matches.subList(from, Math.min(matches.size(), from + size)));
            PreparedResponse answer = PreparedResponse.cacheableOnce(
                    200, mapper.writeValueAsBytes(body), snapshot.snapshotId(), PrecomputedResponses.CACHE_CONTROL);
            if (!target.hasQuery()) {
                snapshot.keepAnswer("matches/" + puuid, answer);
            }
            return answer;
        } catch (ApiException e) {
            return error(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Recent matches could not be serialised", e);
        }
    }

    /**
     * Reads a batch body on the IO thread without blocking: nothing waits on a slow client but a timer, which answers
     * 408 and closes the connection when the body is not complete by the deadline. Only the lookups of a complete
     * body go to a worker.
     */
    private void receiveBatch(HttpServerExchange exchange, long started) {
        try {
            BatchBody.checkHeaders(exchange.getRequestHeaders(), exchange.getRequestContentLength());
        } catch (ApiException e) {
            // the body stays unread, so this connection cannot carry another request
            exchange.setPersistent(false);
            send(exchange, Endpoint.PLAYER_BATCH, null, error(e), started);
            return;
        }
        XnioExecutor.Key deadline = exchange.getIoThread()
                .executeAfter(
                        () -> bodyTimedOut(exchange, started),
                        limits.bodyDeadline().toMillis(),
                        TimeUnit.MILLISECONDS);
        if (HttpContinue.requiresContinueResponse(exchange)) {
            HttpContinue.sendContinueResponse(exchange, new IoCallback() {
                @Override
                public void onComplete(HttpServerExchange continued, Sender sender) {
                    receiveBatchBody(continued, deadline, started);
                }

                @Override
                public void onException(HttpServerExchange continued, Sender sender, IOException e) {
                    deadline.remove();
                    IoUtils.safeClose(continued.getConnection());
                }
            });
            return;
        }
        receiveBatchBody(exchange, deadline, started);
    }

    /** A callback that finds its deadline already gone comes after the 408 and does nothing. */
    private void receiveBatchBody(HttpServerExchange exchange, XnioExecutor.Key deadline, long started) {
        exchange.getRequestReceiver().setMaxBufferSize(BatchBody.MAX_BYTES);
        exchange.getRequestReceiver()
                .receiveFullBytes(
                        (received, body) -> {
                            if (deadline.remove()) {
                                received.dispatch(() -> withSnapshot(
                                        received,
                                        Endpoint.PLAYER_BATCH,
                                        started,
                                        snapshot -> batch(BatchBody.puuids(body), snapshot)));
                            }
                        },
                        (failed, e) -> {
                            if (deadline.remove()) {
                                bodyFailed(failed, e, started);
                            }
                        });
    }

    private void bodyTimedOut(HttpServerExchange exchange, long started) {
        exchange.setPersistent(false);
        PreparedResponse timeout = error(
                408,
                "body-timeout",
                "The request body did not arrive within "
                        + limits.bodyDeadline().toSeconds()
                        + " s of the headers; send the whole body at once (a batch of 20 puuids is under 2 KiB)");
        send(exchange, Endpoint.PLAYER_BATCH, null, timeout, started);
    }

    private void bodyFailed(HttpServerExchange exchange, IOException e, long started) {
        exchange.setPersistent(false);
        if (e instanceof RequestTooBigException) {
            send(exchange, Endpoint.PLAYER_BATCH, null, error(BatchBody.tooLarge()), started);
            return;
        }
        LOG.debug("A batch body could not be read: {}", e.toString());
        send(
                exchange,
                Endpoint.PLAYER_BATCH,
                null,
                error(
                        400,
                        "invalid-body",
                        "The request body could not be read (" + e.getMessage() + "); send it again"),
                started);
    }

    /** A lobby's players from one snapshot; the cached player bodies are spliced in as they are. */
    private PreparedResponse batch(Set<String> puuids, ServingSnapshot snapshot) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1024 * (puuids.size() + 1));
        body.write(("{\"snapshotId\":" + mapper.writeValueAsString(snapshot.snapshotId()) + ",\"players\":[")
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder unknown = new StringBuilder();
        boolean first = true;
        for (String puuid : puuids) {
            Optional<PreparedResponse> player = snapshot.player(puuid);
            if (player.isPresent()) {
                body.write(first ? new byte[0] : new byte[] {','});
                body.write(player.get().body());
                first = false;
            } else {
                unknown.append(unknown.length() == 0 ? "" : ",").append(mapper.writeValueAsString(puuid));
            }
        }
        body.write(("],\"unknown\":[" + unknown + "]}").getBytes(StandardCharsets.UTF_8));
        return PreparedResponse.uncachedCompressible(200, body.toByteArray());
    }

    /** Runs a DuckDB-backed answer on a worker thread with the snapshot retained for its whole duration. */
    private void withSnapshot(HttpServerExchange exchange, Endpoint endpoint, long started, SnapshotAnswer answer) {
        Optional<ServingSnapshot> snapshot = holder.acquire();
        if (snapshot.isEmpty()) {
            send(exchange, endpoint, null, noSnapshot, started);
            return;
        }
        PreparedResponse response;
        try {
            response = answer.answer(snapshot.get());
        } catch (ApiException e) {
            response = error(e);
        } catch (Exception e) {
            LOG.warn("A request to {} failed: {}", exchange.getRequestPath(), e.toString());
            response = error(500, "internal", "The backend failed to answer; retry, and check its log");
        } finally {
            snapshot.get().release();
        }
        send(exchange, endpoint, snapshot.get().snapshotId(), response, started);
    }

    private boolean isThrottled(HttpServerExchange exchange, Endpoint endpoint, long started) {
        String client = clientOf(exchange);
        long waitNanos = limiter.tryAcquire(client, started);
        if (waitNanos == 0) {
            tarpit.admitted(exchange);
            return false;
        }
        metrics.rateLimited();
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
        tarpit.refuse(
                exchange,
                client,
                waitNanos,
                heldNanos -> send(exchange, endpoint, null, tooManyRequests, started + heldNanos));
        return true;
    }

    private String clientOf(HttpServerExchange exchange) {
        if (trustForwardedFor) {
            String forwarded = exchange.getRequestHeaders().getLast(FORWARDED_FOR);
            if (forwarded != null && !forwarded.isBlank()) {
                // our proxy appends the address it saw last; entries before it are whatever the client claimed
                return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            }
        }
        return exchange.getSourceAddress().getAddress().getHostAddress();
    }

    private void sendText(HttpServerExchange exchange, Endpoint endpoint, String text, long started) {
        PreparedResponse response = PreparedResponse.uncached(200, text.getBytes(StandardCharsets.UTF_8));
        send(exchange, endpoint, null, response, "text/plain; version=0.0.4; charset=utf-8", started);
    }

    private void send(
            HttpServerExchange exchange,
            Endpoint endpoint,
            String snapshotId,
            PreparedResponse response,
            long started) {
        send(exchange, endpoint, snapshotId, response, JSON, started);
    }

    private void send(
            HttpServerExchange exchange,
            Endpoint endpoint,
            String snapshotId,
            PreparedResponse response,
            String contentType,
            long started) {
        HeaderMap headers = exchange.getResponseHeaders();
        if (snapshotId != null) {
            headers.put(SNAPSHOT_ID, snapshotId);
        }
        headers.put(Headers.CACHE_CONTROL, response.cacheControl());
        int status = response.status();
        if (response.etag() != null || response.compressible()) {
            headers.put(Headers.VARY, "Accept-Encoding");
        }
        if (response.etag() != null) {
            headers.put(Headers.ETAG, response.etag());
            status = Negotiation.matchesAny(exchange.getRequestHeaders().get(Headers.IF_NONE_MATCH), response.etag())
                    ? 304
                    : status;
        }
        exchange.setStatusCode(status);
        if (status == 413 || status == 414 || status == 408) {
            // the unread rest of an oversized request would be taken for the next request on this connection
            exchange.setPersistent(false);
        }
        if (status == 304) {
            exchange.endExchange();
        } else {
            headers.put(Headers.CONTENT_TYPE, contentType);
            exchange.getResponseSender().send(response.bodyBuffer(wantsGzip(exchange, response)));
        }
        endpointMetrics.get(endpoint).record(status, System.nanoTime() - started);
    }

    /** True (and Content-Encoding set) when the client accepts gzip and this response has a gzip form. */
    private static boolean wantsGzip(HttpServerExchange exchange, PreparedResponse response) {
        if (!response.compressible()) {
            return false;
        }
        if (!Negotiation.acceptsGzip(exchange.getRequestHeaders().get(Headers.ACCEPT_ENCODING))) {
            return false;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_ENCODING, "gzip");
        return true;
    }

    private PreparedResponse notFound(HttpServerExchange exchange, RequestTarget target) {
        return error(
                404,
                "not-found",
                "No endpoint " + exchange.getRequestMethod() + " " + RequestParameters.shown(target.path())
                        + "; see /v1/openapi.yaml for the endpoints");
    }

    private PreparedResponse methodNotAllowed(HttpServerExchange exchange, RequestTarget target) {
        return error(
                405,
                "method-not-allowed",
                exchange.getRequestMethod() + " is not supported on " + RequestParameters.shown(target.path())
                        + "; use " + exchange.getResponseHeaders().getFirst(Headers.ALLOW));
    }

    /** OPTIONS: 204 with the Allow header, and nothing else to say. */
    private void sendAllowedMethods(HttpServerExchange exchange, Endpoint endpoint, long started) {
        exchange.getResponseHeaders().put(Headers.ALLOW, endpoint.allowedMethods());
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.setStatusCode(204);
        exchange.endExchange();
        endpointMetrics.get(endpoint).record(204, System.nanoTime() - started);
    }

    private PreparedResponse urlTooLong() {
        return error(
                414,
                "url-too-long",
                "The request URL is over " + RequestLimits.MAX_URL_CHARS
                        + " characters; puuids, ids and parameters fit in far less, so check how the URL is built");
    }

    private PreparedResponse error(ApiException e) {
        return error(e.status(), e.code(), e.getMessage());
    }

    private PreparedResponse error(int status, String code, String message) {
        return json(status, new ApiError(code, message));
    }

    private PreparedResponse json(int status, Object body) {
        try {
            return PreparedResponse.uncached(status, mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body could not be serialised", e);
        }
    }

    /** One DuckDB-backed answer against a retained snapshot. */
    @FunctionalInterface
    private interface SnapshotAnswer {
        PreparedResponse answer(ServingSnapshot snapshot) throws Exception;
    }
}
