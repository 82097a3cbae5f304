package gg.lanelight.backend.serve;

import static gg.lanelight.backend.serve.ApiClient.assertError;
import static gg.lanelight.backend.serve.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /v1 API over real HTTP on 127.0.0.1 against a real snapshot; expected values are read from its parquet. */
class StatsServerTest {
    private static final String FEATURED = SharedSnapshot.FEATURED;

    @TempDir
    static Path root;

    static Path snapshots;
    static Manifest manifest;
    static StatsServer server;

    @BeforeAll
    static void start() throws Exception {
        snapshots = SharedSnapshot.copyInto(root);
        manifest = new SnapshotStore(snapshots).newest().orElseThrow().manifest();
        server = StatsServer.start(new SnapshotStore(snapshots), "127.0.0.1", 0, 1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthNamesTheSnapshot() throws Exception {
        assertEquals(
                Map.of("status", "ok", "snapshotId", manifest.snapshotId()),
                TestData.MAPPER.convertValue(ok(get("/v1/health")), Map.class));
    }

    @Test
    void buildMatchesTheSnapshotData() throws Exception {
        JsonNode build = ok(get("/v1/builds/145/bottom"));

        List<List<Object>> cell = TestData.query(
                "SELECT games, wins FROM read_parquet(?) WHERE patch = '14.7' AND"
                        + " queue_id = 420 AND champion_id = 145 AND role = 'BOTTOM'",
                parquet("champion_role_stats"));
        List<List<Object>> core = TestData.query(
                "SELECT item_1, item_2, item_3, games, wins FROM read_parquet(?)"
                        + " WHERE patch = '14.7' AND queue_id = 420 AND champion_id = 145 AND role = 'BOTTOM'"
                        + " ORDER BY games DESC, wins DESC, item_1, item_2, item_3 LIMIT 1",
                parquet("core_item_builds"));
        long games = (Long) cell.get(0).get(0);
        long wins = (Long) cell.get(0).get(1);

        assertEquals("BOTTOM", build.path("role").asText());
        assertEquals("14.7", build.path("patch").asText());
        assertEquals(games, build.path("games").asLong());
        assertEquals(wins, build.path("wins").asLong());
        assertEquals((double) wins / games, build.path("winRate").asDouble(), 1e-12);
        assertEquals(
                core.get(0).subList(0, 3),
                List.of(
                        build.at("/coreItems/itemIds/0").asInt(),
                        build.at("/coreItems/itemIds/1").asInt(),
                        build.at("/coreItems/itemIds/2").asInt()));
        assertEquals(core.get(0).get(3), build.at("/coreItems/games").asLong());
        assertEquals(9, build.at("/runes/perkIds").size());
        assertTrue(build.at("/spells/spellIds/0").asInt()
                <= build.at("/spells/spellIds/1").asInt());
    }

    @Test
    void playerSummaryMatchesTheSnapshotData() throws Exception {
        JsonNode player = ok(get("/v1/players/" + FEATURED));

        List<List<Object>> summary = TestData.query(
                "SELECT games, wins, recent_games, recent_wins FROM" + " read_parquet(?) WHERE puuid = ?",
                parquet("player_summary"),
                FEATURED);
        List<List<Object>> champions = TestData.query(
                "SELECT champion_id, games, kills FROM read_parquet(?)"
                        + " WHERE puuid = ? ORDER BY games DESC, champion_id",
                parquet("player_champions"),
                FEATURED);

        assertEquals(
                summary.get(0),
                List.of(
                        player.path("games").asLong(),
                        player.path("wins").asLong(),
                        player.path("recentGames").asLong(),
                        player.path("recentWins").asLong()));
        assertEquals(20, player.path("recentGames").asLong());
        List<List<Object>> served = new ArrayList<>();
        player.path("champions")
                .forEach(line -> served.add(List.of(
                        line.path("championId").asInt(),
                        line.path("games").asLong(),
                        line.path("kills").asLong())));
        assertEquals(champions, served);
    }

    @Test
    void batchAnswersTwentyAndRefusesTwentyOne() throws Exception {
        List<String> puuids = new ArrayList<>();
        TestData.query("SELECT puuid FROM read_parquet(?) ORDER BY puuid LIMIT 19", parquet("player_summary"))
                .forEach(row -> puuids.add((String) row.get(0)));
        puuids.add("nobody-at-all");

        JsonNode batch = ok(post("/v1/players/batch", TestData.MAPPER.writeValueAsString(Map.of("puuids", puuids))));
        assertEquals(19, batch.path("players").size());
        assertEquals(puuids.get(0), batch.at("/players/0/puuid").asText());
        assertEquals("nobody-at-all", batch.at("/unknown/0").asText());

        puuids.add("one-too-many");
        HttpResponse<String> refused =
                post("/v1/players/batch", TestData.MAPPER.writeValueAsString(Map.of("puuids", puuids)));
        assertError(refused, 400, "invalid-puuids");
    }

    @Test
    void concurrentRequestsAllGetTheSameAnswers() throws Exception {
        String expected = get("/v1/players/" + FEATURED).body();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int request = 0; request < 200; request++) {
                String path = request % 2 == 0 ? "/v1/players/" + FEATURED : "/v1/builds/145/BOTTOM";
                answers.add(clients.submit(() -> get(path).body()));
            }
            String build = get("/v1/builds/145/BOTTOM").body();
            for (int request = 0; request < answers.size(); request++) {
                String answer = answers.get(request).get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(request % 2 == 0 ? expected : build, answer);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void invalidInputGetsA400NamingTheParameter() throws Exception {
        assertError(get("/v1/builds/abc/BOTTOM"), 400, "invalid-championId");
        assertError(get("/v1/builds/145/ADC"), 400, "invalid-role");
        assertError(get("/v1/builds/145/BOTTOM?patch=latest"), 400, "invalid-patch");
        assertError(get("/v1/builds/145/BOTTOM?queue=solo"), 400, "invalid-queue");
        assertError(get("/v1/players/bad%20puuid"), 400, "invalid-puuid");
        assertError(post("/v1/players/batch", "{not json"), 400, "invalid-body");
        assertError(post("/v1/players/batch", "{\"puuids\":\"x\"}"), 400, "invalid-puuids");
    }

    @Test
    void unknownThingsGetA404() throws Exception {
        assertError(get("/v1/players/nobody-at-all"), 404, "unknown-player");
        assertError(get("/v1/builds/145/BOTTOM?patch=9.1"), 404, "no-games");
        assertError(get("/v2/anything"), 404, "not-found");
    }

    @Test
    void withoutASnapshotEveryEndpointAnswers503UntilOneIsPublished() throws Exception {
        Path empty = root.resolve("later");
        try (StatsServer waiting = StatsServer.start(new SnapshotStore(empty), "127.0.0.1", 0, 1)) {
            ApiClient client = new ApiClient(waiting);
            HttpResponse<String> response = client.get("/v1/health");
            assertError(response, 503, "no-snapshot");
            assertError(client.get("/v1/ready"), 503, "no-snapshot");
            assertError(client.get("/v1/tierlist"), 503, "no-snapshot");
            assertError(client.get("/v1/players/" + FEATURED), 503, "no-snapshot");
            assertError(client.post("/v1/players/batch", "{\"puuids\":[\"" + FEATURED + "\"]}"), 503, "no-snapshot");
            assertEquals(200, client.get("/v1/live").statusCode());

            Manifest published = TestData.buildSnapshot(empty, List.of(TestData.fixtureMatchFile()));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (response.statusCode() == 503 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                response = client.get("/v1/health");
            }
            assertEquals(
                    published.snapshotId(),
                    TestData.MAPPER.readTree(response.body()).path("snapshotId").asText());
        }
    }

    private static String parquet(String table) throws Exception {
        return TestData.parquet(snapshots, table);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return new ApiClient(server).get(path);
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return new ApiClient(server).post(path, body);
    }
}
