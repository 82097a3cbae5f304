package gg.lanelight.app;

import static gg.lanelight.app.TestFixtures.awaitFx;
import static gg.lanelight.app.TestFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.client.ChampSelectSession;
import gg.lanelight.app.client.CurrentSummoner;
import gg.lanelight.app.session.Session;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.stats.StatsClient;
import gg.lanelight.app.trace.TraceRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The champion-select overlay fed by the recorded lobby, a stats service on a socket and the recorded ranks. */
@ExtendWith(ApplicationExtension.class)
class ChampSelectOverlayTest {

    static final String BUILD = """
            {"snapshotId":"test","championId":145,"role":"BOTTOM","patch":"14.7","queue":420,
             "games":1200,"wins":630,"winRate":0.525,
             "coreItems":{"itemIds":[3031,6672,3085],"games":300,"wins":170,"winRate":0.5667},
             "runes":{"primaryStyleId":8000,"subStyleId":8300,"perkIds":[8008,9111,9103,8017,8304,8345,5005,5008,5001],
                      "games":400,"wins":220,"winRate":0.55},
             "spells":{"spellIds":[4,7],"games":1100,"wins":580,"winRate":0.5273}}
            """;

    @TempDir
    static Path snapshots;

    private final StaticData staticData = StaticData.bundled();
    private final JsonNode lobby = withHiddenCell(TestFixtures.champSelectWithPicks(), 2);
    private final List<String> puuids = puuidsOf(lobby);
    private StatsStandIn stats;
    private TraceRecorder trace;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        stats = new StatsStandIn(
                Map.of("145/BOTTOM", BUILD),
                Map.of(
                        puuids.get(0),
                        player(puuids.get(0), 266, 18, 10, 20, 11),
                        puuids.get(4),
                        player(puuids.get(4), 145, 25, 15, 20, 12)));
        trace = TraceRecorder.into(snapshots, System.nanoTime());
        Screens screens = TestScreens.on(stage, trace, staticData, () -> {}).screens();
        session = new Session(screens, new StatsClient(stats.url()), staticData, Optional.empty(), trace, false);
        session.useClient(
                new FixtureClientQueries(Set.of(puuids.get(0), puuids.get(4)), Optional.empty(), Optional.empty()));
    }

    @AfterEach
    void stop() {
        session.close();
        trace.close();
        stats.close();
    }

    @Test
    void showsTheBuildAndEveryAllyFromTheLobbyTheServiceAndTheRanks(FxRobot robot) throws Exception {
        CurrentSummoner you =
                TestFixtures.convert(TestFixtures.json("lcu/current-summoner.json"), CurrentSummoner.class);
        session.summonerChanged(you);
        session.champSelectChanged(TestFixtures.champSelect(lobby));

        awaitFx(
                10,
                () -> text(robot, "#ally-4-on-champion").equals(rate(15, 25) + " (25 games)")
                        && !text(robot, "#build-2-games").isEmpty());

        assertEquals(staticData.championName(145) + " · BOTTOM", text(robot, "#heading"));
        assertEquals("PLANNING", text(robot, "#phase"));
        assertBuild(robot);
        assertAllies(robot, you);
        assertTraceAndSnapshot();
    }

    private void assertBuild(FxRobot robot) {
        String items =
                List.of(3031, 6672, 3085).stream().map(staticData::itemName).collect(Collectors.joining(" › "));
        assertEquals(items, text(robot, "#build-0-value"));
        assertEquals(rate(170, 300), text(robot, "#build-0-win-rate"));
        assertEquals("300 games", text(robot, "#build-0-games"));

        String runes = staticData.perkName(8008) + " · " + staticData.runeStyleName(8000) + " + "
                + staticData.runeStyleName(8300) + " · " + staticData.perkName(5005) + ", "
                + staticData.perkName(5008) + ", " + staticData.perkName(5001);
        assertEquals(runes, text(robot, "#build-1-value"));
        assertEquals(rate(220, 400), text(robot, "#build-1-win-rate"));

        String spells = staticData.summonerSpellName(4) + " + " + staticData.summonerSpellName(7);
        assertEquals(spells, text(robot, "#build-2-value"));
        assertEquals(rate(580, 1100), text(robot, "#build-2-win-rate"));
        assertEquals("1100 games", text(robot, "#build-2-games"));
    }

    private void assertAllies(FxRobot robot, CurrentSummoner you) {
        JsonNode solo = TestFixtures.json("lcu/ranked-stats.json").get("queues").get(0);
        String recordedRank = solo.get("tier").asText() + " "
                + solo.get("division").asText() + " " + solo.get("leaguePoints").asInt() + " LP";

        assertEquals("Brightwater#EUW", text(robot, "#ally-0-riot-id"));
        assertEquals(staticData.championName(266), text(robot, "#ally-0-champion"));
        assertEquals(recordedRank, text(robot, "#ally-0-rank"));
        assertEquals(rate(11, 20) + " (20 games)", text(robot, "#ally-0-recent"));
        assertEquals(rate(10, 18) + " (18 games)", text(robot, "#ally-0-on-champion"));

        assertEquals("Player 2", text(robot, "#ally-1-riot-id"), "no Riot ID in the recording for cell 1");
        assertEquals("Unranked", text(robot, "#ally-1-rank"));
        assertEquals("– (0 games)", text(robot, "#ally-1-recent"), "the service does not know this player");

        assertEquals("Hidden player", text(robot, "#ally-2-riot-id"));
        assertEquals(staticData.championName(103), text(robot, "#ally-2-champion"));
        assertEquals("", text(robot, "#ally-2-rank"));
        assertEquals(
                List.of(puuids.get(0), puuids.get(1), puuids.get(3), puuids.get(4)),
                stats.askedPuuids(),
                "one lobby request, without the hidden player");

        assertEquals(you.gameName() + "#" + you.tagLine(), text(robot, "#ally-4-riot-id"));
        assertEquals(recordedRank, text(robot, "#ally-4-rank"));
        assertEquals(rate(12, 20) + " (20 games)", text(robot, "#ally-4-recent"));
        assertEquals("", text(robot, "#notice"));
    }

    private void assertTraceAndSnapshot() throws Exception {
        trace.close();
        JsonNode entries =
                TestFixtures.JSON.readTree(snapshots.resolve("trace.json").toFile());
        JsonNode lastUpdate = null;
        for (JsonNode entry : entries) {
            if ("overlay-update".equals(entry.get("kind").asText())) {
                lastUpdate = entry;
            }
        }
        assertTrue(lastUpdate != null, "an overlay-update entry");
        assertEquals("champ-select", lastUpdate.get("source").asText());
        assertEquals(
                staticData.championName(145),
                lastUpdate.get("data").get("champion").asText());
        assertEquals(
                rate(12, 20) + " (20 games)",
                lastUpdate.get("data").get("allies").get(4).get("recent").asText());
        assertTrue(Files.size(snapshots.resolve("champ-select-PLANNING.png")) > 0);
    }

    private static String rate(int wins, int games) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * wins / games);
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() ->
                robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    /** Hides a cell as ranked champion select does: no puuid, no summoner id. */
    private static JsonNode withHiddenCell(ObjectNode session, int cell) {
        ((ObjectNode) session.get("myTeam").get(cell))
                .put("nameVisibilityType", "HIDDEN")
                .put("puuid", "")
                .put("summonerId", 0);
        return session;
    }

    private static List<String> puuidsOf(JsonNode session) {
        ChampSelectSession parsed = TestFixtures.champSelect(session);
        return parsed.myTeam().stream().map(p -> p.puuid()).toList();
    }

    private static String player(
            String puuid, int championId, int championGames, int championWins, int recentGames, int recentWins) {
        ObjectNode node = TestFixtures.JSON
                .createObjectNode()
                .put("snapshotId", "test")
                .put("puuid", puuid)
                .put("games", 60)
                .put("wins", 31)
                .put("winRate", 31 / 60.0)
                .put("recentGames", recentGames)
                .put("recentWins", recentWins)
                .put("recentWinRate", (double) recentWins / recentGames);
        node.putArray("champions")
                .addObject()
                .put("championId", championId)
                .put("games", championGames)
                .put("wins", championWins)
                .put("winRate", (double) championWins / championGames)
                .put("kills", 100)
                .put("deaths", 50)
                .put("assists", 80);
        return node.toString();
    }
}
