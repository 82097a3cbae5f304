package gg.lanelight.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A stats service on a real loopback socket that answers the backend's /v1 API (docs/architecture.md) from data the
 * test defines: builds by "championId/ROLE", player summaries by puuid. It can also stall every answer.
 */
public final class StatsStandIn implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> builds;
    private final Map<String, String> players;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> askedPuuids = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean stalled;
    private volatile boolean failFirstAsks;
    private final java.util.Set<String> failedPaths = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile String heldBuild = "";
    private final CountDownLatch heldReleased = new CountDownLatch(1);
    private final CountDownLatch heldAnswered = new CountDownLatch(1);

    /** {@code builds}: JSON by "championId/ROLE"; {@code players}: PlayerSummary JSON by puuid. */
    public StatsStandIn(Map<String, String> builds, Map<String, String> players) throws IOException {
        this.builds = Map.copyOf(builds);
        this.players = Map.copyOf(players);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                requests.incrementAndGet();
                if (stalled) {
                    release.await(20, TimeUnit.SECONDS);
                }
                if (request.getUrl().encodedPath().equals("/v1/builds/" + heldBuild)) {
                    heldReleased.await(20, TimeUnit.SECONDS);
                    heldAnswered.countDown();
                }
                if (failFirstAsks && failedPaths.add(request.getUrl().encodedPath())) {
                    return error(503, "unavailable");
                }
                return answer(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    public URI url() {
        return server.url("/").uri();
    }

    public int requestCount() {
        return requests.get();
    }

    /** Every puuid the lobby requests asked for, in order. */
    public List<String> askedPuuids() {
        return List.copyOf(askedPuuids);
    }

    /** Holds the answer for one build ("championId/ROLE") until {@link #releaseHeldBuild()}. */
    public void holdBuild(String key) {
        heldBuild = key;
    }

    /** Lets the held build answer go and waits (at most 5 s) until it is on its way. */
    public void releaseHeldBuild() throws InterruptedException {
        heldReleased.countDown();
        if (!heldAnswered.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("the held build was never asked for");
        }
    }

    /** From now on the first request for each path fails with 503; later ones for that path are answered. */
    public void failFirstAskOfEachPath() {
        failFirstAsks = true;
    }

    /** From now on every request waits (up to 20 s, or until close) before its answer. */
    public void stall() {
        stalled = true;
    }

    @Override
    public void close() {
        release.countDown();
        heldReleased.countDown();
        server.close();
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/v1/builds/")) {
            String build = builds.get(path.substring("/v1/builds/".length()));
            return build == null ? error(404, "no_build") : json(200, build);
        }
        if (path.equals("/v1/players/batch")) {
            return json(200, batch(request));
        }
        return error(404, "not_found");
    }

    private String batch(RecordedRequest request) {
        try {
            JsonNode body = TestFixtures.JSON.readTree(request.getBody().utf8());
            List<String> known = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (JsonNode puuid : body.get("puuids")) {
                askedPuuids.add(puuid.asText());
                String player = players.get(puuid.asText());
                if (player == null) {
                    unknown.add(TestFixtures.JSON.writeValueAsString(puuid.asText()));
                } else {
                    known.add(player);
                }
            }
            return "{\"snapshotId\":\"test\",\"players\":[" + String.join(",", known) + "],\"unknown\":["
                    + String.join(",", unknown) + "]}";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static MockResponse error(int code, String error) {
        return json(code, "{\"error\":\"" + error + "\",\"message\":\"The test service has no data for this.\"}");
    }
}
