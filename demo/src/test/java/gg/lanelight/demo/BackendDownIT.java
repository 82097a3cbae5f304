package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stats service is down for the whole game: the app tells the player and still plays the game through. */
class BackendDownIT {

    private static final Duration DEMO_LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    @Test
    void theGameRunsThroughWithoutBuildsAndTheHistoryIsStillSaved() throws Exception {
        RecordedMatch record = RecordedMatch.load();
        try (DemoProcess demo = DemoProcess.start(folder, "--no-backend", "--speed=90")) {
            int exitCode = demo.awaitExit(DEMO_LIMIT);
            String logs = demo.logTails();
            Trace trace = Trace.read(demo.snapshots().resolve("trace.json"));

            assertEquals(0, exitCode, logs);
            assertChampSelectWithoutBuild(trace, logs);
            assertStatsFaultShown(trace.faults());
            assertCompleteRowSaved(HistoryFile.games(demo.historyDatabase()), record.gameId());
        }
    }

    private static void assertChampSelectWithoutBuild(Trace trace, String logs) {
        List<JsonNode> updates = trace.champSelectUpdates();
        assertFalse(updates.isEmpty(), "no champ-select overlay update\n" + logs);
        JsonNode last = updates.get(updates.size() - 1);

        assertEquals(0, last.path("build").size(), "no build without a backend: " + last);
        assertFalse(last.path("notice").asText().isBlank(), "the overlay says why there is no build: " + last);
    }

    private static void assertStatsFaultShown(List<String> faults) {
        assertTrue(
                faults.stream().anyMatch(BackendDownIT::namesTheStatsService),
                "a fault names the unreachable stats service: " + faults);
        assertTrue(
                faults.stream().noneMatch(m -> m.contains("Exception") || m.contains("\tat ")),
                "fault messages are for players, not stack traces: " + faults);
    }

    private static boolean namesTheStatsService(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("stats") || lower.contains("backend");
    }

    private static void assertCompleteRowSaved(List<Map<String, Object>> history, long gameId) {
        assertTrue(
                history.stream()
                        .anyMatch(row -> HistoryFile.number(row, "game_id") == gameId
                                && HistoryFile.number(row, "complete") == 1),
                "the game is saved as complete even without the backend: " + history);
    }
}
