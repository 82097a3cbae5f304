package gg.lanelight.app.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.app.stats.StatsException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class StatsClientTest {

    private static final String PUUID = "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6";
    private static final String OTHER_PUUID = "FAKE-PUUID-01-abc";

    private static final String PLAYER_JSON = """
            {"snapshotId":"snap-7","puuid":"%s","games":40,"wins":23,"winRate":0.575,
             "recentGames":20,"recentWins":12,"recentWinRate":0.6,"rank":"ignored by the app",
             "champions":[{"championId":145,"games":25,"wins":15,"winRate":0.6,"kills":180,"deaths":90,"assists":150},
                          {"championId":221,"games":15,"wins":8,"winRate":0.5333,"kills":100,"deaths":70,"assists":80}]}
            """.formatted(PUUID);

    private final MockWebServer server = new MockWebServer();
    private StatsClient client;

    @BeforeEach
    void startServer() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new StatsClient(server.url("/").uri());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private void answer(int status, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build());
    }

    private RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Nested
    class Answers {

        @Test
        void mapsAChampionBuild() throws Exception {
            answer(200, """
                    {"snapshotId":"snap-7","championId":145,"role":"BOTTOM","patch":"14.7","queue":420,
                     "games":1200,"wins":630,"winRate":0.525,
                     "coreItems":{"itemIds":[3031,6672,3085],"games":300,"wins":170,"winRate":0.5667},
                     "runes":{"primaryStyleId":8000,"subStyleId":8300,
                              "perkIds":[8008,9111,9103,8017,8304,8345,5005,5008,5001],
                              "games":400,"wins":220,"winRate":0.55},
                     "spells":{"spellIds":[4,7],"games":1100,"wins":580,"winRate":0.5273}}
                    """);

            ChampionBuild build = client.build(145, "bottom");

            assertEquals(
                    new ChampionBuild(
                            "snap-7",
                            145,
                            "BOTTOM",
                            1200,
                            630,
                            0.525,
                            new ItemPath(List.of(3031, 6672, 3085), 300, 170, 0.5667),
                            new RunePage(
                                    8000,
                                    8300,
                                    List.of(8008, 9111, 9103, 8017, 8304, 8345, 5005, 5008, 5001),
                                    400,
                                    220,
                                    0.55),
                            new SpellPair(List.of(4, 7), 1100, 580, 0.5273)),
                    build);
            RecordedRequest request = takeRequest();
            assertEquals("GET", request.getMethod());
            assertEquals("/v1/builds/145/BOTTOM", request.getUrl().encodedPath());
        }

        @Test
        void mapsAPlayerSummaryAndFindsTheirChampion() throws Exception {
            answer(200, PLAYER_JSON);

            PlayerSummary player = client.player(PUUID);

            assertEquals("snap-7", player.snapshotId());
            assertEquals(PUUID, player.puuid());
            assertEquals(
                    List.of(40, 23, 20, 12),
                    List.of(player.games(), player.wins(), player.recentGames(), player.recentWins()));
            assertEquals(0.575, player.winRate());
            assertEquals(0.6, player.recentWinRate());
            assertEquals(Optional.of(new ChampionRecord(221, 15, 8, 0.5333, 100, 70, 80)), player.champion(221));
            assertEquals(145, player.champions().get(0).championId());
            assertTrue(player.champion(1).isEmpty());
            assertEquals("/v1/players/" + PUUID, takeRequest().getUrl().encodedPath());
        }

        @Test
        void postsTheLobbyAndMapsKnownAndUnknownPlayers() throws Exception {
            answer(
                    200,
                    "{\"snapshotId\":\"snap-7\",\"players\":[" + PLAYER_JSON + "],\"unknown\":[\"" + OTHER_PUUID
                            + "\"]}");

            LobbySummaries lobby = client.lobby(List.of(PUUID, OTHER_PUUID));

            assertEquals("snap-7", lobby.snapshotId());
            assertEquals(
                    List.of(PUUID),
                    lobby.players().stream().map(PlayerSummary::puuid).toList());
            assertEquals(List.of(OTHER_PUUID), lobby.unknown());
            RecordedRequest request = takeRequest();
            assertEquals("POST", request.getMethod());
            assertEquals("/v1/players/batch", request.getUrl().encodedPath());
            JsonNode sent = new ObjectMapper().readTree(request.getBody().utf8());
            assertEquals(
                    List.of(PUUID, OTHER_PUUID),
                    List.of(
                            sent.get("puuids").get(0).asText(),
                            sent.get("puuids").get(1).asText()));
        }

        @Test
        void escapesAPuuidThatIsNotAPlainPathSegment() throws Exception {
            answer(200, PLAYER_JSON);

            client.player("odd/puuid");

            assertEquals("/v1/players/odd%2Fpuuid", takeRequest().getUrl().encodedPath());
        }
    }

    @Nested
    class Failures {

        @Test
        void notFoundCarriesTheServiceExplanation() {
            answer(404, "{\"error\":\"no-games\",\"message\":\"No games for champion 145 in TOP.\"}");

            StatsException failure = assertFails(Kind.NOT_FOUND, () -> client.build(145, "TOP"));

            assertTrue(failure.getMessage().contains("No games for champion 145 in TOP."), failure.getMessage());
        }

        @Test
        void serverErrorIsAServiceError() {
            answer(500, "<html>Internal Server Error</html>");

            StatsException failure = assertFails(Kind.SERVICE_ERROR, () -> client.player(PUUID));

            assertTrue(failure.getMessage().contains("HTTP 500"), failure.getMessage());
            assertTrue(failure.getMessage().contains("try again"), failure.getMessage());
        }

        @Test
        void malformedJsonIsABadResponse() {
            answer(200, "{\"snapshotId\":\"snap-7\",\"games\":");

            StatsException failure = assertFails(Kind.BAD_RESPONSE, () -> client.player(PUUID));

            assertTrue(failure.getMessage().contains("cannot read"), failure.getMessage());
            assertTrue(failure.getMessage().contains("update Lanelight"), failure.getMessage());
        }

        @Test
        void jsonOfTheWrongShapeIsABadResponse() {
            answer(200, "[1,2,3]");

            assertFails(Kind.BAD_RESPONSE, () -> client.lobby(List.of(PUUID)));
        }

        @Test
        void slowServerTimesOutAsUnreachable() {
            server.enqueue(new MockResponse.Builder()
                    .headersDelay(20, TimeUnit.SECONDS)
                    .body(PLAYER_JSON)
                    .build());

            StatsException failure = assertTimeoutPreemptively(
                    Duration.ofSeconds(15), () -> assertFails(Kind.UNREACHABLE, () -> client.player(PUUID)));

            assertTrue(failure.getMessage().contains("no answer in time"), failure.getMessage());
        }

        @Test
        void tooManyPlayersAreRefusedWithoutSending() {
            List<String> tooMany = Collections.nCopies(StatsClient.MAX_BATCH + 1, PUUID);

            StatsException failure = assertFails(Kind.BAD_REQUEST, () -> client.lobby(tooMany));

            assertTrue(failure.getMessage().contains("at most 20"), failure.getMessage());
            assertEquals(0, server.getRequestCount());
        }

        @Test
        void unknownRoleIsRefusedWithoutSending() {
            assertFails(Kind.BAD_REQUEST, () -> client.build(145, "ADC"));

            assertEquals(0, server.getRequestCount());
        }

        private StatsException assertFails(Kind kind, Executable call) {
            StatsException failure = assertThrows(StatsException.class, call);
            assertEquals(kind, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains(server.url("/").toString()), failure.getMessage());
            return failure;
        }
    }

    @Test
    void refusedPortIsUnreachableAndSaysWhatToDo() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
        StatsClient unreachable = new StatsClient(closedPort);

        StatsException failure = assertThrows(StatsException.class, () -> unreachable.player(PUUID));

        assertEquals(Kind.UNREACHABLE, failure.kind());
        assertTrue(failure.getMessage().contains(closedPort.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("connection refused"), failure.getMessage());
        assertTrue(failure.getMessage().contains("check your connection"), failure.getMessage());
    }
}
