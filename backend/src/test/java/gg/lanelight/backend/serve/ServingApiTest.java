package gg.lanelight.backend.serve;

import static gg.lanelight.backend.serve.ApiClient.assertError;
import static gg.lanelight.backend.serve.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void tierListHoldsEveryOnRoleChampionWithItsCountsBestFirst() throws Exception {
        JsonNode list = ok(client.get("/v1/tierlist?role=bottom"));
        Map<Integer, long[]> expected = new HashMap<>();
        long roleGames = 0;
        for (List<Object> row : TestData.query(
                "SELECT champion_id, games, wins, games / SUM(games) OVER (PARTITION BY champion_id)"
                        + " FROM read_parquet(?) WHERE patch = '14.7' AND queue_id = 420 AND role IN"
                        + " ('TOP','JUNGLE','MIDDLE','BOTTOM','UTILITY') QUALIFY role = 'BOTTOM'",
                parquet("champion_role_stats"))) {
            roleGames += (Long) row.get(1);
            if ((Double) row.get(3) >= 0.05) {
                expected.put((Integer) row.get(0), new long[] {(Long) row.get(1), (Long) row.get(2)});
            }
        }

        assertEquals("BOTTOM", list.path("role").asText());
        assertEquals(manifest.snapshotId(), list.path("snapshotId").asText());
        assertEquals(expected.size(), list.path("champions").size());
        double previousScore = 1;
        String previousTier = "S";
        for (JsonNode entry : list.path("champions")) {
            long[] counts = expected.get(entry.path("championId").asInt());
            assertArrayEquals(
                    counts,
                    new long[] {entry.path("games").asLong(), entry.path("wins").asLong()});
            assertEquals((double) counts[0] / roleGames, entry.path("pickRate").asDouble(), 1e-12);
            assertTrue(entry.path("score").asDouble() <= previousScore);
            assertTrue(entry.path("score").asDouble() < entry.path("winRate").asDouble() + 1e-12);
            assertTrue("SABCD".indexOf(entry.path("tier").asText()) >= "SABCD".indexOf(previousTier));
            previousScore = entry.path("score").asDouble();
            previousTier = entry.path("tier").asText();
        }
    }

    @Test
    void championPageSumsItsRolesAndRepeatsEachRolesBuild() throws Exception {
        JsonNode page = ok(client.get("/v1/champions/145"));
        List<List<Object>> roles = TestData.query(
                "SELECT role, games FROM read_parquet(?) WHERE patch = '14.7' AND queue_id = 420"
                        + " AND champion_id = 145 ORDER BY games DESC",
                parquet("champion_role_stats"));

        assertEquals(
                roles.stream().mapToLong(row -> (Long) row.get(1)).sum(),
                page.path("games").asLong());
        assertEquals(roles.size(), page.path("roles").size());
        for (int index = 0; index < roles.size(); index++) {
            JsonNode role = page.path("roles").get(index);
            assertEquals(roles.get(index).get(0), role.path("role").asText());
            JsonNode build = ok(client.get("/v1/builds/145/" + role.path("role").asText()));
            assertEquals(build.path("coreItems"), role.path("coreItems"));
            assertEquals(build.path("runes"), role.path("runes"));
            assertEquals(build.path("spells"), role.path("spells"));
        }
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

    @Test
    void gzipIsSentOnlyWhenAskedAndHoldsTheSameJson() throws Exception {
        HttpResponse<String> plain = client.get("/v1/tierlist");
        HttpResponse<byte[]> zipped = client.getBytes("/v1/tierlist", "Accept-Encoding", "gzip");

        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(zipped.body().length < plain.body().length());
    }

    @Test
    void everyBadInputClassGetsItsOwnStatusAndCode() throws Exception {
        assertError(client.get("/v1/tierlist?role=ADC"), 400, "invalid-role");
        assertError(client.get("/v1/tierlist?bracket=GOLD"), 400, "invalid-bracket");
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
