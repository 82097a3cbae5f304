package gg.lanelight.simulator.live;

import static gg.lanelight.simulator.TestClient.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.InProcess;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.Shapes;
import gg.lanelight.simulator.Simulator;
import gg.lanelight.simulator.TestClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Live Client Data API over real HTTPS while scenarios play parts of the recorded game. */
class LiveClientApiTest {

    private static final String PHASE_TOPIC = "OnJsonApiEvent_lol-gameflow_v1_gameflow-phase";
    private static final String LOCAL_RIOT_ID = "Kestrel Vane#EUW7";

    private final JsonNode match = fixture("matchv5/KR_7014499581.match.json");
    private final JsonNode timeline = fixture("matchv5/KR_7014499581.timeline.json");

    @Test
    void minuteFifteenShowsEveryPlayersKdaAndCreepScore(@TempDir Path folder) throws Exception {
        try (Simulator simulator = InProcess.start(folder, InProcess.scenario("minute-15.scenario.json"), 15)) {
            TestClient client = InProcess.client(simulator);
            String live = "https://127.0.0.1:" + simulator.livePort() + "/liveclientdata/";
            assertThrows(ConnectException.class, () -> client.get(live + "allgamedata", null));

            try (TestClient.Events phases = client.subscribe(PHASE_TOPIC)) {
                awaitPhase(phases, "GameStart");
                HttpResponse<String> loading = client.get(live + "allgamedata", null);
                assertEquals(404, loading.statusCode());
                Shapes.assertSameKeys(
                        fixture("liveclient/error-404-loading.json"), Json.MAPPER.readTree(loading.body()));

                awaitPhase(phases, "InProgress");
                JsonNode data = allGameDataAtOrAfter(client, live, 900);
                double gameTime = data.path("gameData").path("gameTime").asDouble();
                assertTrue(gameTime < 960, "game time " + gameTime + " is past minute 15; the machine is too slow");

                assertScoresMatchTheTimeline(data, gameTime);
                assertActivePlayerMatchesTheTimeline(data.path("activePlayer"), gameTime);
                assertShapes(client, live, data);
            }
        }
    }

    @Test
    void gameEndCarriesTheResultAndThePortClosesAfterwards(@TempDir Path folder) throws Exception {
        try (Simulator simulator = InProcess.start(folder, InProcess.scenario("game-end.scenario.json"), 30)) {
            TestClient client = InProcess.client(simulator);
            String live = "https://127.0.0.1:" + simulator.livePort() + "/liveclientdata/";

            try (TestClient.Events phases = client.subscribe(PHASE_TOPIC)) {
                awaitPhase(phases, "InProgress");
                JsonNode gameEnd = awaitGameEnd(client, live);
                boolean won = match.path("info")
                        .path("participants")
                        .get(8)
                        .path("win")
                        .asBoolean();
                assertEquals(won ? "Win" : "Lose", gameEnd.path("Result").asText());
                assertEquals(
                        match.path("info").path("gameDuration").asDouble(),
                        gameEnd.path("EventTime").asDouble());

                awaitPhase(phases, "WaitingForStats");
                TestClient fresh = InProcess.client(simulator);
                assertThrows(ConnectException.class, () -> fresh.get(live + "gamestats", null));
            }
        }
    }

    @Test
    void finalGameTimeServesTheTimelinesLastFrame(@TempDir Path folder) throws Exception {
        try (Simulator simulator = InProcess.start(folder, InProcess.scenario("final-frame.scenario.json"), 30)) {
            TestClient client = InProcess.client(simulator);
            String live = "https://127.0.0.1:" + simulator.livePort() + "/liveclientdata/";

            try (TestClient.Events phases = client.subscribe(PHASE_TOPIC)) {
                awaitPhase(phases, "InProgress");
                JsonNode data = allGameDataOnceTheClockStops(client, live);

                JsonNode frames = timeline.path("info").path("frames");
                JsonNode lastFrame = frames.get(frames.size() - 1).path("participantFrames");
                for (JsonNode participant : match.path("info").path("participants")) {
                    JsonNode expected =
                            lastFrame.path(participant.path("participantId").asText());
                    JsonNode player = playerByRiotId(data, riotId(participant));
                    assertEquals(
                            expected.path("minionsKilled").asInt()
                                    + expected.path("jungleMinionsKilled").asInt(),
                            player.path("scores").path("creepScore").asInt(),
                            "final CS of " + riotId(participant));
                    assertEquals(
                            expected.path("level").asInt(),
                            player.path("level").asInt(),
                            "final level of " + riotId(participant));
                }
            }
        }
    }

    private void assertScoresMatchTheTimeline(JsonNode data, double gameTime) {
        long millis = (long) (gameTime * 1000);
        JsonNode frame = lastFrameAtOrBefore(millis);
        Map<String, int[]> kda = kdaByParticipant(millis);
        assertEquals(10, data.path("allPlayers").size());
        for (JsonNode participant : match.path("info").path("participants")) {
            String id = participant.path("participantId").asText();
            JsonNode player = playerByRiotId(data, riotId(participant));
            JsonNode expectedFrame = frame.path("participantFrames").path(id);
            int[] expected = kda.getOrDefault(id, new int[3]);
            JsonNode scores = player.path("scores");

            assertEquals(expected[0], scores.path("kills").asInt(), "kills of " + id);
            assertEquals(expected[1], scores.path("deaths").asInt(), "deaths of " + id);
            assertEquals(expected[2], scores.path("assists").asInt(), "assists of " + id);
            assertEquals(
                    expectedFrame.path("minionsKilled").asInt()
                            + expectedFrame.path("jungleMinionsKilled").asInt(),
                    scores.path("creepScore").asInt(),
                    "CS of " + id);
            assertEquals(
                    expectedFrame.path("level").asInt(), player.path("level").asInt());
            assertEquals(
                    participant.path("teamId").asInt() == 100 ? "ORDER" : "CHAOS",
                    player.path("team").asText());
            assertEquals(
                    participant.path("teamPosition").asText(),
                    player.path("position").asText());
        }
    }

    private void assertActivePlayerMatchesTheTimeline(JsonNode active, double gameTime) {
        JsonNode frame = lastFrameAtOrBefore((long) (gameTime * 1000))
                .path("participantFrames")
                .path("9");

        assertEquals(LOCAL_RIOT_ID, active.path("riotId").asText());
        assertEquals(
                frame.path("currentGold").asDouble(), active.path("currentGold").asDouble());
        assertEquals(frame.path("level").asInt(), active.path("level").asInt());
    }

    private void assertShapes(TestClient client, String live, JsonNode data) throws Exception {
        JsonNode recorded = fixture("liveclient/allgamedata.json");
        Shapes.assertSameKeys(recorded.path("activePlayer"), data.path("activePlayer"));
        Shapes.assertSameKeys(
                recorded.path("allPlayers").get(1), data.path("allPlayers").get(0));
        Shapes.assertSameKeys(recorded.path("gameData"), data.path("gameData"));
        Shapes.assertSameKeys(fixture("liveclient/eventdata.json"), data.path("events"), Shapes.EVENT_EXTRAS);

        String player = "?summonerName=" + URLEncoder.encode(LOCAL_RIOT_ID, StandardCharsets.UTF_8);
        Shapes.assertSameKeys(fixture("liveclient/activeplayer.json"), json(client, live + "activeplayer"));
        assertEquals(LOCAL_RIOT_ID, json(client, live + "activeplayername").asText());
        Shapes.assertSameKeys(
                fixture("liveclient/activeplayerabilities.json"), json(client, live + "activeplayerabilities"));
        Shapes.assertSameKeys(fixture("liveclient/activeplayerrunes.json"), json(client, live + "activeplayerrunes"));
        Shapes.assertSameKeys(fixture("liveclient/playerscores.json"), json(client, live + "playerscores" + player));
        Shapes.assertSameKeys(fixture("liveclient/playeritems.json"), json(client, live + "playeritems" + player));
        Shapes.assertSameKeys(
                fixture("liveclient/playersummonerspells.json"), json(client, live + "playersummonerspells" + player));
        Shapes.assertSameKeys(
                fixture("liveclient/playermainrunes.json"), json(client, live + "playermainrunes" + player));
        Shapes.assertSameKeys(fixture("liveclient/gamestats.json"), json(client, live + "gamestats"));

        JsonNode chaos = json(client, live + "playerlist?teamID=CHAOS");
        assertEquals(5, chaos.size());
        chaos.forEach(p -> assertEquals("CHAOS", p.path("team").asText()));
        JsonNode fromThird = json(client, live + "eventdata?eventID=3").path("Events");
        fromThird.forEach(e -> assertTrue(e.path("EventID").asInt() >= 3));
    }

    private List<Double> objectiveTimesInTimeline() {
        List<Double> times = new ArrayList<>();
        for (JsonNode frame : timeline.path("info").path("frames")) {
            for (JsonNode event : frame.path("events")) {
                String type = event.path("type").asText();
                if ("ELITE_MONSTER_KILL".equals(type) || "BUILDING_KILL".equals(type)) {
                    times.add(event.path("timestamp").asLong() / 1000.0);
                }
            }
        }
        return times;
    }

    private static List<Double> objectiveTimesServed(JsonNode eventData) {
        Set<String> objectives =
                Set.of("DragonKill", "HeraldKill", "BaronKill", "HordeKill", "TurretKilled", "InhibKilled");
        List<Double> times = new ArrayList<>();
        eventData.path("Events").forEach(e -> {
            if (objectives.contains(e.path("EventName").asText())) {
                times.add(e.path("EventTime").asDouble());
            }
        });
        return times;
    }

    private static JsonNode allGameDataAtOrAfter(TestClient client, String live, double gameSeconds) throws Exception {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode data = json(client, live + "allgamedata");
            if (data.path("gameData").path("gameTime").asDouble() >= gameSeconds) {
                return data;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Game time never reached " + gameSeconds + " s");
    }

    /** The game data once two reads 100 ms apart show the same game time: the game has reached its end. */
    private static JsonNode allGameDataOnceTheClockStops(TestClient client, String live) throws Exception {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        double previous = -1;
        while (System.nanoTime() < deadline) {
            JsonNode data = json(client, live + "allgamedata");
            double gameTime = data.path("gameData").path("gameTime").asDouble();
            if (gameTime == previous) {
                return data;
            }
            previous = gameTime;
            Thread.sleep(100);
        }
        throw new AssertionError("Game time was still running after " + TestClient.TIMEOUT);
    }

    private static JsonNode awaitGameEnd(TestClient client, String live) throws Exception {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : json(client, live + "eventdata").path("Events")) {
                if ("GameEnd".equals(event.path("EventName").asText())) {
                    return event;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No GameEnd event within " + TestClient.TIMEOUT);
    }

    private static void awaitPhase(TestClient.Events phases, String phase) throws InterruptedException {
        while (!phase.equals(phases.next(10).get(2).path("data").asText())) {
            // earlier phases are skipped
        }
    }

    private static JsonNode json(TestClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.get(url, null);
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private JsonNode lastFrameAtOrBefore(long millis) {
        JsonNode latest = timeline.path("info").path("frames").get(0);
        for (JsonNode frame : timeline.path("info").path("frames")) {
            if (frame.path("timestamp").asLong() <= millis) {
                latest = frame;
            }
        }
        return latest;
    }

    private Map<String, int[]> kdaByParticipant(long millis) {
        Map<String, int[]> kda = new HashMap<>();
        for (JsonNode frame : timeline.path("info").path("frames")) {
            for (JsonNode event : frame.path("events")) {
                if ("CHAMPION_KILL".equals(event.path("type").asText())
                        && event.path("timestamp").asLong() <= millis) {
                    kda.computeIfAbsent(event.path("killerId").asText(), k -> new int[3])[0]++;
                    kda.computeIfAbsent(event.path("victimId").asText(), k -> new int[3])[1]++;
                    event.path("assistingParticipantIds")
                            .forEach(a -> kda.computeIfAbsent(a.asText(), k -> new int[3])[2]++);
                }
            }
        }
        return kda;
    }

    private static String riotId(JsonNode participant) {
        if (participant.path("participantId").asInt() == 9) {
            return LOCAL_RIOT_ID;
        }
        return participant.path("riotIdGameName").asText() + "#"
                + participant.path("riotIdTagline").asText();
    }

    private static JsonNode playerByRiotId(JsonNode data, String riotId) {
        for (JsonNode player : data.path("allPlayers")) {
            if (riotId.equals(player.path("riotId").asText())) {
                return player;
            }
        }
        throw new AssertionError("allPlayers lacks " + riotId);
    }
}
