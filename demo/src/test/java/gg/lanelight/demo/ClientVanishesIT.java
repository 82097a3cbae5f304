package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.app.history.HistoryStore;
import gg.lanelight.app.history.MatchRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The League client dies in the middle of the game: the app tells the player, saves what it saw as an incomplete
 * game, keeps the earlier history, and exits cleanly.
 */
class ClientVanishesIT {

    private static final Duration DEMO_LIMIT = Duration.ofMinutes(2);
    private static final int KILL_AFTER_GAME_SECONDS = 5 * 60;

    /** A game played before the demo, as a real player's history would hold it. */
    private static final MatchRecord EARLIER_GAME = new MatchRecord(
            7_014_000_001L,
            "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6",
            Instant.parse("2024-04-02T18:30:00Z"),
            420,
            "Kestrel Vane#EUW7",
            222,
            "BOTTOM",
            false,
            4,
            7,
            6,
            201,
            10_450,
            1_654,
            true);

    @TempDir
    Path folder;

    @Test
    void theAppSavesAnIncompleteGameAndKeepsTheEarlierHistory() throws Exception {
        RecordedMatch record = RecordedMatch.load();
        try (HistoryStore store = HistoryStore.open(folder.resolve("data").resolve("history.db"))) {
            store.save(EARLIER_GAME);
        }

        // No backend: it plays no part in this fault, and leaving it out saves its start.
        try (DemoProcess demo = DemoProcess.start(folder, "--no-backend", "--speed=60")) {
            demo.awaitTrace(
                    "an in-game update past minute 5",
                    trace ->
                            trace.inGameUpdateAtOrAfter(KILL_AFTER_GAME_SECONDS).isPresent(),
                    DEMO_LIMIT);
            int faultsBefore =
                    Trace.read(demo.snapshots().resolve("trace.json")).faults().size();
            killTheClient(demo);

            int exitCode = demo.awaitExit(DEMO_LIMIT);
            String logs = demo.logTails();
            List<String> faults =
                    Trace.read(demo.snapshots().resolve("trace.json")).faults();
            List<Map<String, Object>> history = HistoryFile.games(demo.historyDatabase());

            assertEquals(0, exitCode, logs);
            assertTrue(faults.size() > faultsBefore, "a fault tells the player the client is gone: " + faults);
            assertFalse(faults.get(faults.size() - 1).isBlank(), faults.toString());
            assertEquals(0, HistoryFile.number(row(history, record.gameId()), "complete"), history.toString());
            assertEarlierGameIntact(row(history, EARLIER_GAME.gameId()));
        }
    }

    private static void assertEarlierGameIntact(Map<String, Object> row) {
        assertEquals(EARLIER_GAME.championId(), HistoryFile.number(row, "champion_id"), row.toString());
        assertEquals(EARLIER_GAME.kills(), HistoryFile.number(row, "kills"), row.toString());
        assertEquals(EARLIER_GAME.deaths(), HistoryFile.number(row, "deaths"), row.toString());
        assertEquals(EARLIER_GAME.assists(), HistoryFile.number(row, "assists"), row.toString());
        assertEquals(1, HistoryFile.number(row, "complete"), row.toString());
    }

    private static Map<String, Object> row(List<Map<String, Object>> history, long gameId) {
        return history.stream()
                .filter(r -> HistoryFile.number(r, "game_id") == gameId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no history row for game " + gameId + ": " + history));
    }

    /**
     * Kills the simulated client the way a crash ends a real one: the "LeagueClient" process named in the lockfile of
     * the install directory the demo's simulator runs in, and the "LeagueClientUx" process it started.
     */
    private static void killTheClient(DemoProcess demo) throws IOException {
        Path installDirectory = demo.handle()
                .descendants()
                .map(ClientVanishesIT::installDirectoryArgument)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no simulator process with --install-directory\n" + demo.logTails()));

        String[] lockfile = Files.readString(installDirectory.resolve("lockfile"), StandardCharsets.UTF_8)
                .strip()
                .split(":");
        long clientPid = Long.parseLong(lockfile[1]);
        ProcessHandle client = ProcessHandle.of(clientPid)
                .orElseThrow(() -> new AssertionError("the lockfile names pid " + clientPid + ", which is gone"));

        List<ProcessHandle> family = new ArrayList<>(client.descendants().toList());
        family.add(client);
        family.forEach(ProcessHandle::destroyForcibly);
    }

    private static Optional<Path> installDirectoryArgument(ProcessHandle process) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (String argument : arguments) {
            if (argument.startsWith("--install-directory=")) {
                return Optional.of(Path.of(argument.substring("--install-directory=".length())));
            }
        }
        return Optional.empty();
    }
}
