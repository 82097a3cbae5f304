package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.demo.RecordedMatch.Participant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on the recorded game: one demo run (backend, simulated client, app) at a fast speed, then every
 * displayed value is checked against what the test computes itself from the fixtures and from the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoGameIT {

    /** At 40x the 29-minute game takes 44 s, and the app's once-a-second poll still lands in every game minute. */
    private static final String SPEED = "--speed=40";

    private static final Duration BACKEND_LIMIT = Duration.ofMinutes(2);
    private static final Duration DEMO_LIMIT = Duration.ofMinutes(3);
    private static final Path RANKED_STATS =
            RecordedMatch.fixtures().resolve("lcu").resolve("ranked-stats.json");

    private final RecordedMatch record;
    private int exitCode;
    private JsonNode backendBuild;
    private Trace trace;
    private List<Map<String, Object>> history;
    private Path snapshots;
    private String logs;

    DemoGameIT() throws Exception {
        record = RecordedMatch.load();
    }

    @BeforeAll
    void runTheDemo(@TempDir Path folder) throws Exception {
        try (DemoProcess demo = DemoProcess.start(folder, SPEED, "--matches=2000")) {
            String backend = demo.awaitBackendUrl(BACKEND_LIMIT);
            backendBuild = BackendQuery.get(backend, "/v1/builds/145/BOTTOM");

            exitCode = demo.awaitExit(DEMO_LIMIT);
            logs = demo.logTails();
            snapshots = demo.snapshots();
            trace = Trace.read(snapshots.resolve("trace.json"));
            history = HistoryFile.games(demo.historyDatabase());
        }
    }

    @Test
    void theDemoEndsByItselfWithExitCodeZero() {
        assertEquals(0, exitCode, logs);
    }

    @Test
    void championSelectShowsKaisaBottomWithTheBackendsBuild() {
        JsonNode view = lastChampSelectView();

        assertEquals("kaisa", RecordedMatch.letters(view.path("champion").asText()), view.toString());
        assertEquals("BOTTOM", view.path("role").asText());
        assertEquals("", view.path("notice").asText(), "no notice while the backend answers");

        JsonNode lines = view.path("build");
        assertEquals(3, lines.size(), "core items, runes and spells: " + lines);
        assertBuildLine(lines.get(0), backendBuild.path("coreItems"));
        assertBuildLine(lines.get(1), backendBuild.path("runes"));
        assertBuildLine(lines.get(2), backendBuild.path("spells"));
    }

    @Test
    void championSelectCardsCarryTheRecordedAlliesAndTheLocalRank() throws Exception {
        JsonNode cards = lastChampSelectView().path("allies");
        List<Participant> allies = record.alliesInCellOrder();
        assertEquals(allies.size(), cards.size(), cards.toString());

        for (int cell = 0; cell < allies.size(); cell++) {
            Participant ally = allies.get(cell);
            JsonNode card = cards.get(cell);
            boolean local = ally.id() == RecordedMatch.LOCAL_PARTICIPANT;

            assertEquals(cell, card.path("cellId").asInt(), card.toString());
            assertEquals(local, card.path("local").asBoolean(), card.toString());
            assertEquals(
                    RecordedMatch.letters(ally.championName()),
                    RecordedMatch.letters(card.path("champion").asText()),
                    ally.role() + " card: " + card);
            assertEquals(
                    local ? "Kestrel Vane#EUW7" : ally.riotId(),
                    card.path("riotId").asText());
        }

        JsonNode localCard = cards.get(RecordedMatch.CELL_ROLE_ORDER.indexOf("BOTTOM"));
        assertTrue(localCard.path("rank").asText().startsWith(soloQueueRank()), localCard + " vs " + soloQueueRank());
    }

    @Test
    void inGameOverlayAtMinuteFifteenShowsTheRecordedScores() {
        JsonNode view = inGameViewInMinuteFifteen();
        int shown = Trace.gameSeconds(view);
        JsonNode rows = view.path("scoreboard");
        List<Participant> players = record.scoreboardOrder();
        assertEquals(players.size(), rows.size(), rows.toString());

        for (int i = 0; i < players.size(); i++) {
            Participant player = players.get(i);
            JsonNode row = rows.get(i);
            String who = player.championName() + " at " + view.path("gameTime").asText() + ": " + row;

            assertEquals(
                    RecordedMatch.letters(player.championName()),
                    RecordedMatch.letters(row.path("champion").asText()),
                    who);
            assertEquals(
                    player.id() == RecordedMatch.LOCAL_PARTICIPANT,
                    row.path("you").asBoolean(),
                    who);
            Set<String> kda =
                    new HashSet<>(List.of(record.kdaAt(player.id(), shown), record.kdaAt(player.id(), shown + 0.999)));
            assertTrue(kda.contains(row.path("kda").asText()), who + " expected K/D/A " + kda);
            assertEquals(
                    String.valueOf(record.creepScoreInFrame(player.id(), 15)),
                    row.path("cs").asText(),
                    who);
        }
    }

    @Test
    void objectiveTimersFollowTheRecordedEpicMonsterKills() {
        JsonNode view = inGameViewInMinuteFifteen();
        int shown = Trace.gameSeconds(view);
        JsonNode objectives = view.path("objectives");
        assertEquals(3, objectives.size(), objectives.toString());

        assertTrue(ObjectiveRules.dragonConsistent(record, objectives.get(0), shown), objectives.toString());
        assertTrue(ObjectiveRules.baronConsistent(record, objectives.get(1), shown), objectives.toString());
        assertTrue(ObjectiveRules.heraldConsistent(record, objectives.get(2), shown), objectives.toString());
    }

    @Test
    void historyHoldsTheRecordedGameAsComplete() {
        List<Map<String, Object>> rows = history.stream()
                .filter(row -> HistoryFile.number(row, "game_id") == record.gameId())
                .toList();
        assertEquals(1, rows.size(), history.toString());
        Map<String, Object> row = rows.get(0);
        JsonNode recorded = record.finalStats(RecordedMatch.LOCAL_PARTICIPANT);

        assertEquals(recorded.path("championId").asLong(), HistoryFile.number(row, "champion_id"), row.toString());
        assertEquals(recorded.path("win").asBoolean() ? 1 : 0, HistoryFile.number(row, "win"), row.toString());
        assertEquals(recorded.path("kills").asLong(), HistoryFile.number(row, "kills"), row.toString());
        assertEquals(recorded.path("deaths").asLong(), HistoryFile.number(row, "deaths"), row.toString());
        assertEquals(recorded.path("assists").asLong(), HistoryFile.number(row, "assists"), row.toString());
        assertEquals(1, HistoryFile.number(row, "complete"), row.toString());
        assertTrue(trace.savedHistory().isPresent(), "trace.json has a history-saved entry");
    }

    @Test
    void snapshotsOfBothOverlaysAreRealImages() throws Exception {
        for (String overlay : List.of("champ-select", "in-game")) {
            for (Path png : Snapshots.of(snapshots, overlay)) {
                Snapshots.assertShowsSomething(png);
            }
        }
    }

    private JsonNode lastChampSelectView() {
        List<JsonNode> updates = trace.champSelectUpdates();
        assertFalse(updates.isEmpty(), "no champ-select overlay update in " + trace + "\n" + logs);
        return updates.get(updates.size() - 1);
    }

    private JsonNode inGameViewInMinuteFifteen() {
        return trace.inGameUpdates().stream()
                .filter(view -> Trace.gameSeconds(view) >= 900 && Trace.gameSeconds(view) < 960)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no in-game update in minute 15 among "
                        + trace.inGameUpdates().stream()
                                .map(v -> v.path("gameTime").asText())
                                .toList()));
    }

    /** The backend's line, in the app's words: win rate to one decimal, and the number of games. */
    private static void assertBuildLine(JsonNode shown, JsonNode answered) {
        long games = answered.path("games").asLong();
        String winRate = String.format(
                Locale.ROOT, "%.1f%%", 100.0 * answered.path("wins").asLong() / games);

        assertTrue(games > 0, "the backend has games for the line: " + answered);
        assertEquals(winRate, shown.path("winRate").asText(), shown + " vs " + answered);
        assertEquals(
                String.valueOf(games),
                shown.path("games").asText().replaceAll("[^0-9]", ""),
                shown + " vs " + answered);
    }

    /** "TIER DIVISION" of the solo queue in the fixture the simulated client serves. */
    private static String soloQueueRank() throws Exception {
        for (JsonNode queue : new ObjectMapper().readTree(RANKED_STATS.toFile()).path("queues")) {
            if ("RANKED_SOLO_5x5".equals(queue.path("queueType").asText())) {
                return queue.path("tier").asText() + " "
                        + queue.path("division").asText();
            }
        }
        throw new AssertionError("no solo queue in " + RANKED_STATS);
    }
}
