package gg.lanelight.simulator.scenario;

import static gg.lanelight.simulator.TestClient.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.InProcess;
import gg.lanelight.simulator.Shapes;
import gg.lanelight.simulator.Simulator;
import gg.lanelight.simulator.TestClient;
import gg.lanelight.simulator.game.DemoGame;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Plays the whole demo scenario at high speed and checks what a WAMP subscriber sees. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFlowTest {

    private static final double SPEED = 1000;
    private static final List<String> ROLE_ORDER = List.of("TOP", "JUNGLE", "MIDDLE", "UTILITY", "BOTTOM");
    private static final String CHAMP_SELECT = "/lol-champ-select/v1/session";
    private static final String PHASE = "/lol-gameflow/v1/gameflow-phase";
    private static final String HISTORY = "/lol-match-history/v1/products/lol/current-summoner/matches";

    private final JsonNode match = fixture("matchv5/KR_7014499581.match.json");
    private final List<JsonNode> events = new ArrayList<>();
    private final List<JsonNode> phaseOnlyFrames = new ArrayList<>();
    private final List<JsonNode> unsubscribedFrames = new ArrayList<>();
    private Simulator simulator;
    private TestClient client;

    @BeforeAll
    void playTheDemo(@TempDir Path folder) throws Exception {
        simulator = InProcess.start(folder, "demo", SPEED);
        client = InProcess.client(simulator);
        try (TestClient.Events all = client.subscribe("OnJsonApiEvent");
                TestClient.Events phases = client.subscribe("OnJsonApiEvent_lol-gameflow_v1_gameflow-phase");
                TestClient.Events history = client.subscribe(
                        "OnJsonApiEvent_lol-match-history_v1_products_lol" + "_current-summoner_matches")) {
            history.unsubscribe("OnJsonApiEvent_lol-match-history_v1_products_lol_current-summoner_matches");
            JsonNode frame;
            do {
                frame = all.next(20);
                events.add(frame);
            } while (!(PHASE.equals(uri(frame))
                    && "EndOfGame".equals(data(frame).asText())));
            awaitHistoryUpdateFrom(all);
            phases.frames().drainTo(phaseOnlyFrames);
            history.frames().drainTo(unsubscribedFrames);
        }
    }

    private void awaitHistoryUpdateFrom(TestClient.Events all) throws InterruptedException {
        while (events.stream().noneMatch(e -> HISTORY.equals(uri(e)))) {
            events.add(all.next(5));
        }
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void phasesFollowTheNormalMatchOrder() {
        List<String> phases = dataOf(PHASE).stream().map(JsonNode::asText).toList();

        assertEquals(
                List.of(
                        "Lobby",
                        "Matchmaking",
                        "ReadyCheck",
                        "ChampSelect",
                        "GameStart",
                        "InProgress",
                        "WaitingForStats",
                        "PreEndOfGame",
                        "EndOfGame"),
                phases);
    }

    @Test
    void champSelectIsCreatedUpdatedAndDeleted() {
        List<String> types = framesOf(CHAMP_SELECT).stream()
                .map(f -> f.get(2).path("eventType").asText())
                .toList();

        assertEquals("Create", types.get(0));
        assertEquals("Delete", types.get(types.size() - 1));
        assertTrue(types.subList(1, types.size() - 1).stream().allMatch("Update"::equals));
        assertTrue(
                framesOf(CHAMP_SELECT).get(types.size() - 1).get(2).get("data").isNull());
    }

    @Test
    void timerPhasesRunFromPlanningToGameStarting() {
        List<String> timerPhases = new ArrayList<>();
        for (JsonNode session : sessions()) {
            String phase = session.path("timer").path("phase").asText();
            if (timerPhases.isEmpty()
                    || !timerPhases.get(timerPhases.size() - 1).equals(phase)) {
                timerPhases.add(phase);
            }
        }

        assertEquals(List.of("PLANNING", "BAN_PICK", "FINALIZATION", "GAME_STARTING"), timerPhases);
    }

    @Test
    void finalPicksAndRolesAreTheMatchsForTheIdentityMapping() {
        JsonNode last = sessions().get(sessions().size() - 1);
        List<JsonNode> cells = new ArrayList<>();
        last.path("myTeam").forEach(cells::add);
        last.path("theirTeam").forEach(cells::add);
        List<JsonNode> expected = new ArrayList<>(teamInRoleOrder(200));
        expected.addAll(teamInRoleOrder(100));

        for (int cell = 0; cell < 10; cell++) {
            JsonNode player = expected.get(cell);
            JsonNode member = cells.get(cell);
            assertEquals(cell, member.path("cellId").asInt());
            assertEquals(
                    player.path("championId").asInt(), member.path("championId").asInt(), "cell " + cell);
            assertEquals(
                    player.path("teamPosition").asText().toLowerCase(),
                    member.path("assignedPosition").asText());
            assertEquals(expectedPuuid(cell, player), member.path("puuid").asText(), "cell " + cell);
            assertEquals(
                    cell < 5 ? "VISIBLE" : "HIDDEN",
                    member.path("nameVisibilityType").asText());
        }
        assertEquals(4, last.path("localPlayerCellId").asInt());
        Shapes.assertSameKeys(fixture("lcu/champ-select-session.json"), last, Set.of("gameName", "tagLine"));
    }

    @Test
    void bansAreTheMatchsBans() {
        JsonNode bans = sessions().get(sessions().size() - 1).path("bans");

        assertEquals(matchBans(200), ints(bans.path("myTeamBans")));
        assertEquals(matchBans(100), ints(bans.path("theirTeamBans")));
    }

    @Test
    void picksLockInRankedPickOrderBlueSideFirst() {
        List<Integer> order = new ArrayList<>();
        Set<Integer> locked = new HashSet<>();
        for (JsonNode session : sessions()) {
            for (JsonNode group : session.path("actions")) {
                for (JsonNode action : group) {
                    int cell = action.path("actorCellId").asInt();
                    boolean lockedPick = "pick".equals(action.path("type").asText())
                            && action.path("completed").asBoolean();
                    if (lockedPick && locked.add(cell)) {
                        order.add(cell);
                    }
                }
            }
        }

        assertEquals(List.of(5, 0, 1, 6, 7, 2, 3, 8, 9, 4), order);
    }

    @Test
    void gameflowSessionCarriesTheMatchsPlayersDuringTheGame() {
        JsonNode inGame = dataOf("/lol-gameflow/v1/session").stream()
                .filter(s -> "InProgress".equals(s.path("phase").asText()))
                .findFirst()
                .orElseThrow();
        JsonNode gameData = inGame.path("gameData");
        Set<String> puuids = new HashSet<>();
        gameData.path("teamOne").forEach(p -> puuids.add(p.path("puuid").asText()));
        gameData.path("teamTwo").forEach(p -> puuids.add(p.path("puuid").asText()));
        Set<String> expected = new HashSet<>();
        match.path("info")
                .path("participants")
                .forEach(p -> expected.add(
                        p.path("participantId").asInt() == 9
                                ? DemoGame.LOCAL_PUUID
                                : p.path("puuid").asText()));

        assertEquals(expected, puuids);
        assertEquals(420, gameData.path("queue").path("id").asInt());
        assertEquals(
                match.path("info").path("gameId").asLong(),
                gameData.path("gameId").asLong());
        Shapes.assertSameKeys(fixture("lcu/gameflow-session.json"), inGame);
    }

    @Test
    void matchHistoryGainsTheDemoGameAfterTheGame() throws Exception {
        JsonNode pushed = dataOf(HISTORY).get(0);
        JsonNode newest = pushed.path("games").path("games").get(0);
        JsonNode kaisa = match.path("info").path("participants").get(8);

        assertEquals(
                match.path("info").path("gameId").asLong(),
                newest.path("gameId").asLong());
        assertEquals(
                kaisa.path("kills").asInt(),
                newest.path("participants").get(0).path("stats").path("kills").asInt());
        assertEquals(
                kaisa.path("win").asBoolean(),
                newest.path("participants").get(0).path("stats").path("win").asBoolean());
        assertEquals(pushed, client.lcuJson(HISTORY));
        Shapes.assertSameKeys(fixture("lcu/match-history.json"), pushed);
    }

    @Test
    void eventDataIsWhatAGetReturns() throws Exception {
        JsonNode lastPhase = dataOf(PHASE).get(dataOf(PHASE).size() - 1);

        assertEquals(lastPhase, client.lcuJson(PHASE));
    }

    @Test
    void topicSubscriptionsOnlyReceiveTheirUriAndUnsubscribeStopsEvents() {
        assertTrue(!phaseOnlyFrames.isEmpty());
        for (JsonNode frame : phaseOnlyFrames) {
            assertEquals(
                    "OnJsonApiEvent_lol-gameflow_v1_gameflow-phase",
                    frame.get(1).asText());
            assertEquals(PHASE, uri(frame));
        }
        assertEquals(List.of(), unsubscribedFrames);
    }

    private String expectedPuuid(int cell, JsonNode player) {
        if (cell >= 5) {
            return "";
        }
        return player.path("participantId").asInt() == 9
                ? DemoGame.LOCAL_PUUID
                : player.path("puuid").asText();
    }

    private List<JsonNode> teamInRoleOrder(int teamId) {
        List<JsonNode> team = new ArrayList<>();
        match.path("info").path("participants").forEach(p -> {
            if (p.path("teamId").asInt() == teamId) {
                team.add(p);
            }
        });
        team.sort(Comparator.comparingInt(
                p -> ROLE_ORDER.indexOf(p.path("teamPosition").asText())));
        return team;
    }

    private List<Integer> matchBans(int teamId) {
        List<Integer> bans = new ArrayList<>();
        match.path("info").path("teams").forEach(team -> {
            if (team.path("teamId").asInt() == teamId) {
                team.path("bans").forEach(b -> {
                    if (b.path("championId").asInt() > 0) {
                        bans.add(b.path("championId").asInt());
                    }
                });
            }
        });
        return bans;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }

    private List<JsonNode> sessions() {
        return dataOf(CHAMP_SELECT).stream().filter(d -> !d.isNull()).toList();
    }

    private List<JsonNode> dataOf(String uri) {
        return framesOf(uri).stream().map(DemoFlowTest::data).toList();
    }

    private List<JsonNode> framesOf(String uri) {
        return events.stream().filter(e -> uri.equals(uri(e))).toList();
    }

    private static String uri(JsonNode frame) {
        return frame.get(2).path("uri").asText();
    }

    private static JsonNode data(JsonNode frame) {
        return frame.get(2).get("data");
    }
}
