package gg.lanelight.backend.serve;

import static gg.lanelight.backend.serve.ApiClient.assertError;
import static gg.lanelight.backend.serve.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoints added by issue 4 and the HTTP behaviour around them (ETag, gzip, limits), over real HTTP. */
class ServingApiTest {
    @TempDir
    static Path root;

    static Path snapshots;
    static Manifest manifest;
    static StatsServer server;
    static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        snapshots = SharedSnapshot.copyInto(root);
        manifest = new SnapshotStore(snapshots).newest().orElseThrow().manifest();
        server = StatsServer.start(new SnapshotStore(snapshots), "127.0.0.1", 0, 60);
        client = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void tierListIsThePipelinesChampionStatsOfTheSliceBestFirst() throws Exception {
        JsonNode list = ok(client.get("/v1/tierlist?role=bottom"));
        List<List<Object>> expected = TestData.query(
                "SELECT champion_id, tier, games, wins, pick_rate, ban_rate FROM read_parquet(?) WHERE patch = '14.7'"
                        + " AND queue_id = 420 AND rank_bracket = 'ALL' AND role = 'BOTTOM'"
                        + " ORDER BY tier_score DESC, games DESC, champion_id",
                parquet("champion_stats"));

        List<List<Object>> served = new ArrayList<>();
        for (JsonNode entry : list.path("champions")) {
            served.add(Arrays.asList(
                    entry.path("championId").asInt(),
                    entry.path("tier").textValue(),
                    entry.path("games").asLong(),
                    entry.path("wins").asLong(),
                    entry.path("pickRate").asDouble(),
                    entry.path("banRate").asDouble()));
        }
        assertEquals("BOTTOM", list.path("role").asText());
        assertEquals("ALL", list.path("bracket").asText());
        assertEquals(manifest.snapshotId(), list.path("snapshotId").asText());
        assertEquals(expected, served);
    }

    @Test
    void championPageHoldsEachRolesTierBuildsAndMostPlayedMatchups() throws Exception {
        JsonNode page = ok(client.get("/v1/champions/145"));
        List<List<Object>> roles = TestData.query(
                "SELECT role, games, tier FROM read_parquet(?) WHERE patch = '14.7' AND queue_id = 420"
                        + " AND rank_bracket = 'ALL' AND champion_id = 145 ORDER BY games DESC",
                parquet("champion_stats"));
        String topRole = (String) roles.get(0).get(0);
        List<List<Object>> core = TestData.query(
                "SELECT build_key, games FROM read_parquet(?) WHERE patch = '14.7' AND queue_id = 420"
                        + " AND rank_bracket = 'ALL' AND champion_id = 145 AND role = ? AND build_type = 'core_items'"
                        + " AND rank_by_games = 1",
                parquet("build_stats"),
                topRole);
        List<List<Object>> opponents = TestData.query(
                "SELECT opponent_champion_id, games FROM read_parquet(?) WHERE patch = '14.7' AND queue_id = 420"
                        + " AND rank_bracket = 'ALL' AND champion_id = 145 AND role = ?"
                        + " ORDER BY games DESC, opponent_champion_id LIMIT 10",
                parquet("matchups"),
                topRole);

        assertEquals(
                roles.stream().mapToLong(row -> (Long) row.get(1)).sum(),
                page.path("games").asLong());
        List<List<Object>> servedRoles = new ArrayList<>();
        page.path("roles")
                .forEach(role -> servedRoles.add(Arrays.asList(
                        role.path("role").asText(),
                        role.path("games").asLong(),
                        role.path("tier").textValue())));
        assertEquals(roles, servedRoles);
        JsonNode first = page.path("roles").get(0);
        assertEquals(
                core.get(0).get(0), first.at("/builds/coreItems/mostCommon/key").asText());
        assertEquals(
                core.get(0).get(1),
                first.at("/builds/coreItems/mostCommon/games").asLong());
        assertEquals(3, first.at("/builds/coreItems/mostCommon/ids").size());
        List<List<Object>> servedOpponents = new ArrayList<>();
        first.path("matchups")
                .forEach(line -> servedOpponents.add(List.of(
                        line.path("opponentChampionId").asInt(),
                        line.path("games").asLong())));
        assertEquals(opponents, servedOpponents);
    }

    @Test
    void oneMatchupMatchesItsRow() throws Exception {
        List<Object> row = TestData.query(
                        "SELECT champion_id, role, opponent_champion_id, games, wins, gold_diff_15_games"
                                + " FROM read_parquet(?) WHERE patch = '14.7' AND queue_id = 420"
                                + " AND rank_bracket = 'ALL' ORDER BY games DESC, champion_id, role LIMIT 1",
                        parquet("matchups"))
                .get(0);

        JsonNode matchup = ok(client.get("/v1/matchups/" + row.get(0) + "/" + row.get(1) + "/" + row.get(2)));

        assertEquals(
                List.of(row.get(3), row.get(4), row.get(5)),
                List.of(
                        matchup.path("games").asLong(),
                        matchup.path("wins").asLong(),
                        matchup.path("goldDiffAt15Games").asLong()));
        assertEquals(manifest.snapshotId(), matchup.path("snapshotId").asText());
        assertError(client.get("/v1/matchups/" + row.get(0) + "/" + row.get(1) + "/0"), 400, "invalid-opponentId");
    }

    @Test
    void recentMatchesArePagedNewestFirst() throws Exception {
        List<String> expected = new ArrayList<>();
        TestData.query(
                        "SELECT match_id FROM read_parquet(?) WHERE puuid = ? ORDER BY recency",
                        parquet("player_recent_matches"),
                        SharedSnapshot.FEATURED)
                .forEach(row -> expected.add((String) row.get(0)));

        JsonNode page = ok(client.get("/v1/players/" + SharedSnapshot.FEATURED + "/matches?page=1&size=5"));

        List<String> served = new ArrayList<>();
        page.path("matches").forEach(match -> served.add(match.path("matchId").asText()));
        assertEquals(20, expected.size());
        assertEquals(expected.subList(5, 10), served);
        assertEquals(20, page.path("total").asInt());
        assertEquals(
                0,
                ok(client.get("/v1/players/" + SharedSnapshot.FEATURED + "/matches?page=9"))
                        .path("matches")
                        .size());
        assertError(client.get("/v1/players/" + SharedSnapshot.FEATURED + "/matches?size=21"), 400, "invalid-size");
        assertError(client.get("/v1/players/nobody-here/matches"), 404, "unknown-player");
    }

    @Test
    void snapshotEndpointNamesIdAgeAndPatches() throws Exception {
        JsonNode info = ok(client.get("/v1/snapshot"));

        assertEquals(manifest.snapshotId(), info.path("snapshotId").asText());
        assertEquals(manifest.createdAt(), info.path("createdAt").asText());
        assertTrue(info.path("ageSeconds").asLong() >= 0);
        assertEquals("14.7", info.path("defaultPatch").asText());
        assertEquals(420, info.path("defaultQueue").asInt());
    }

    @Test
    void sameETagAnswers304AndCarriesTheSnapshotId() throws Exception {
        HttpResponse<String> first = client.get("/v1/builds/145/BOTTOM");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = client.get("/v1/builds/145/BOTTOM", "If-None-Match", etag);
        HttpResponse<String> stale = client.get("/v1/builds/145/BOTTOM", "If-None-Match", "\"snap-old-1\"");

        assertTrue(etag.startsWith("\"" + manifest.snapshotId() + "-"), etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, stale.statusCode());
        assertEquals(
                manifest.snapshotId(),
                first.headers().firstValue("X-Snapshot-Id").orElseThrow());
        assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("max-age="));
    }

    /** Precomputed answers, recent-match pages built per request or kept, and the batch: all gzip when asked. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /v1/tierlist",
        "GET, /v1/players/" + SharedSnapshot.FEATURED + "/matches",
        "GET, /v1/players/" + SharedSnapshot.FEATURED + "/matches?size=20",
        "POST, /v1/players/batch"
    })
    void gzipIsSentOnlyWhenAskedAndHoldsTheSameJson(String method, String path) throws Exception {
        String body = method.equals("POST") ? "{\"puuids\":[\"" + SharedSnapshot.FEATURED + "\"]}" : null;
        HttpResponse<String> plain = client.request(method, path, body);
        HttpResponse<byte[]> zipped = client.requestBytes(method, path, body, "Accept-Encoding", "gzip");

        assertEquals(200, plain.statusCode(), plain.body());
        assertEquals(200, zipped.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals("Accept-Encoding", zipped.headers().firstValue("Vary").orElseThrow());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(zipped.body().length < plain.body().length());
    }

    @Test
    void everyBadInputClassGetsItsOwnStatusAndCode() throws Exception {
        assertError(client.get("/v1/tierlist?role=ADC"), 400, "invalid-role");
        assertError(client.get("/v1/tierlist?bracket=GOLDEN"), 400, "invalid-bracket");
        assertError(client.get("/v1/tierlist?bracket=GOLD"), 404, "no-games");
        assertError(client.get("/v1/tierlist?patch=14"), 400, "invalid-patch");
        assertError(client.get("/v1/champions/-3"), 400, "invalid-championId");
        assertError(client.get("/v1/champions/145?queue=9999999999"), 400, "invalid-queue");
        assertError(client.get("/v1/champions/99999"), 404, "no-games");
        assertError(client.get("/v1/tierlist?queue=1"), 404, "no-games");
        assertError(client.get("/v1/builds/145/BOTTOM/extra"), 404, "not-found");
        assertError(client.post("/v1/tierlist", "{}"), 405, "method-not-allowed");
        assertError(client.get("/v1/players/" + "a".repeat(2100)), 414, "url-too-long");
        assertError(
                client.post("/v1/players/batch", "{\"puuids\":[\"" + "a".repeat(70_000) + "\"]}"),
                413,
                "body-too-large");
    }

    @Test
    void probesOpenApiAndMetricsAnswer() throws Exception {
        client.get("/v1/builds/145/BOTTOM");
        assertEquals(200, client.get("/v1/live").statusCode());
        assertEquals(
                manifest.snapshotId(),
                ok(client.get("/v1/ready")).path("snapshotId").asText());
        HttpResponse<String> openApi = client.get("/v1/openapi.yaml");
        assertTrue(openApi.body().contains("/v1/tierlist:"), "the OpenAPI document lists the tier list");

        String metrics = client.get("/metrics").body();

        assertTrue(metrics.contains("lanelight_http_requests_total{endpoint=\"build\",status=\"200\"}"), metrics);
        assertTrue(metrics.contains("lanelight_http_request_duration_seconds_bucket{endpoint=\"build\",le=\"+Inf\"}"));
        assertTrue(metrics.contains("lanelight_snapshot_info{snapshot_id=\"" + manifest.snapshotId() + "\"} 1"));
        assertTrue(metrics.contains("lanelight_snapshot_age_seconds "));
        assertTrue(metrics.contains("lanelight_snapshot_swaps_total 1"));
    }

    @Test
    void batchBodyIsTheCachedPlayerBodiesOfOneSnapshot() throws Exception {
        List<String> puuids = new ArrayList<>(List.of(SharedSnapshot.FEATURED, "nobody-here"));
        JsonNode batch =
                ok(client.post("/v1/players/batch", TestData.MAPPER.writeValueAsString(Map.of("puuids", puuids))));

        assertEquals(ok(client.get("/v1/players/" + SharedSnapshot.FEATURED)), batch.at("/players/0"));
        assertEquals("nobody-here", batch.at("/unknown/0").asText());
        assertNotNull(batch.path("snapshotId").textValue());
        assertNull(batch.get("players").get(1));
    }

    private static String parquet(String table) throws Exception {
        return TestData.parquet(snapshots, table);
    }
}
