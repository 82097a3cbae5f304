package gg.lanelight.app.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    private static final String KESTREL = "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6";
    private static final String OTHER = "FAKE-PUUID-03-abc";
    private static final Instant START = Instant.parse("2024-04-12T18:31:07.512Z");

    @TempDir
    Path folder;

    private Path databaseFile() {
        return folder.resolve("nested").resolve("history.db");
    }

    private static MatchRecord game(long gameId, String puuid, int minutesAfterStart, boolean complete) {
        return new MatchRecord(
                gameId,
                puuid,
                START.plusSeconds(60L * minutesAfterStart),
                420,
                "Kestrel Vane#EUW7",
                145,
                "BOTTOM",
                true,
                9,
                3,
                11,
                243,
                14_512,
                1_834,
                complete);
    }

    @Nested
    class Storing {

        @Test
        void keepsEveryFieldOfAGame() throws Exception {
            MatchRecord saved = new MatchRecord(
                    7014499581L,
                    KESTREL,
                    START,
                    440,
                    "Kestrel Vane#EUW7",
                    221,
                    "UTILITY",
                    false,
                    1,
                    12,
                    7,
                    31,
                    8_003,
                    2_045,
                    false);

            try (HistoryStore store = HistoryStore.open(databaseFile())) {
                store.save(saved);

                assertEquals(List.of(saved), store.recent(KESTREL, 10));
                assertEquals(List.of(saved), store.recent(10));
            }
        }

        @Test
        void keepsGamesAfterCloseAndReopen() throws Exception {
            MatchRecord saved = game(1, KESTREL, 0, true);
            try (HistoryStore store = HistoryStore.open(databaseFile())) {
                store.save(saved);
            }

            try (HistoryStore reopened = HistoryStore.open(databaseFile())) {
                assertEquals(List.of(saved), reopened.recent(KESTREL, 10));
            }
        }

        @Test
        void writesAheadInWalMode() throws Exception {
            try (HistoryStore store = HistoryStore.open(databaseFile())) {
                assertEquals("wal", query(databaseFile(), "PRAGMA journal_mode"));
                assertEquals(
                        String.valueOf(HistorySchema.CURRENT_VERSION), query(databaseFile(), "PRAGMA user_version"));
            }
        }

        @Test
        void savesFromSeveralThreadsAtOnce() throws Exception {
            int threads = 4;
            int gamesPerThread = 50;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try (HistoryStore store = HistoryStore.open(databaseFile())) {
                List<Future<?>> saving = new ArrayList<>();
                for (int thread = 0; thread < threads; thread++) {
                    int firstGame = thread * gamesPerThread;
                    saving.add(pool.submit(() -> saveGames(store, firstGame, gamesPerThread)));
                }
                for (Future<?> done : saving) {
                    done.get(30, TimeUnit.SECONDS);
                }

                assertEquals(threads * gamesPerThread, store.recent(1000).size());
            } finally {
                pool.shutdownNow();
            }
        }

        private Void saveGames(HistoryStore store, int firstGame, int count) throws HistoryException {
            for (int gameId = firstGame; gameId < firstGame + count; gameId++) {
                store.save(game(gameId, KESTREL, gameId, true));
            }
            return null;
        }
    }

    @Nested
    class SavingTheSameGameAgain {

        @Test
        void completeReplacesIncomplete() throws Exception {
            MatchRecord complete = game(5, KESTREL, 0, true);

            List<MatchRecord> rows = saveInOrder(game(5, KESTREL, 0, false), complete);

            assertEquals(List.of(complete), rows);
        }

        @Test
        void incompleteNeverReplacesComplete() throws Exception {
            MatchRecord complete = game(5, KESTREL, 0, true);

            List<MatchRecord> rows = saveInOrder(complete, game(5, KESTREL, 0, false));

            assertEquals(List.of(complete), rows);
        }

        @Test
        void newerNumbersReplaceOlderOnesOfTheSameKind() throws Exception {
            MatchRecord first = game(5, KESTREL, 0, false);
            MatchRecord later = new MatchRecord(
                    5,
                    KESTREL,
                    first.playedAt(),
                    420,
                    first.riotId(),
                    145,
                    "BOTTOM",
                    false,
                    first.kills() + 4,
                    first.deaths() + 1,
                    first.assists(),
                    first.creepScore() + 60,
                    16_000,
                    2_100,
                    false);

            assertEquals(List.of(later), saveInOrder(first, later));
        }

        @Test
        void theSameGameOfAnotherPlayerIsASeparateRow() throws Exception {
            List<MatchRecord> rows = saveInOrder(game(5, KESTREL, 0, true), game(5, OTHER, 0, true));

            assertEquals(2, rows.size());
        }

        private List<MatchRecord> saveInOrder(MatchRecord... matches) throws HistoryException {
            try (HistoryStore store = HistoryStore.open(databaseFile())) {
                for (MatchRecord match : matches) {
                    store.save(match);
                }
                return store.recent(10);
            }
        }
    }

    @Nested
    class Reading {

        @Test
        void listsNewestFirstWithinTheLimitAndOnlyThatPlayer() throws Exception {
            List<MatchRecord> saved = List.of(
                    game(1, KESTREL, 30, true),
                    game(2, OTHER, 45, true),
                    game(3, KESTREL, 90, true),
                    game(4, KESTREL, 10, false),
                    game(5, KESTREL, 60, true));
            try (HistoryStore store = HistoryStore.open(databaseFile())) {
                for (MatchRecord match : saved) {
                    store.save(match);
                }

                assertEquals(
                        newestFirst(saved.stream().filter(m -> m.puuid().equals(KESTREL)), 3),
                        store.recent(KESTREL, 3));
                assertEquals(newestFirst(saved.stream(), 10), store.recent(10));
                assertEquals(List.of(), store.recent("nobody", 10));
                assertEquals(List.of(), store.recent(0));
            }
        }

        private List<MatchRecord> newestFirst(Stream<MatchRecord> matches, int limit) {
            return matches.sorted(Comparator.comparing(MatchRecord::playedAt).reversed())
                    .limit(limit)
                    .toList();
        }
    }

    @Nested
    class DamagedOrForeignFiles {

        @Test
        void garbageFileIsKeptAsideAndAFreshHistoryStarts() throws Exception {
            Files.createDirectories(databaseFile().getParent());
            byte[] garbage =
                    "these bytes are not a SQLite database\n".repeat(200).getBytes(StandardCharsets.UTF_8);
            Files.write(databaseFile(), garbage);

            HistoryException failure = assertThrows(HistoryException.class, () -> HistoryStore.open(databaseFile()));

            Path keptAs = onlyKeptFile();
            assertTrue(keptAs.getFileName().toString().startsWith("history.db.corrupt-"), keptAs.toString());
            assertArrayEquals(garbage, Files.readAllBytes(keptAs));
            assertFalse(Files.exists(databaseFile()));
            assertTrue(failure.getMessage().contains("damaged"), failure.getMessage());
            assertTrue(failure.getMessage().contains(keptAs.toString()), failure.getMessage());
            assertTrue(failure.getMessage().contains("deleted nothing"), failure.getMessage());
            try (HistoryStore fresh = HistoryStore.open(databaseFile())) {
                fresh.save(game(1, KESTREL, 0, true));
                assertEquals(1, fresh.recent(10).size());
            }
        }

        @Test
        void aDamagedFileIsReplacedAtOnceSoThisRunsGamesAreSaved() throws Exception {
            Files.createDirectories(databaseFile().getParent());
            Files.writeString(databaseFile(), "not a database\n".repeat(300));
            List<String> told = new ArrayList<>();

            try (HistoryStore fresh = HistoryStore.openReplacingDamaged(databaseFile(), told::add)) {
                fresh.save(game(1, KESTREL, 0, true));
                assertEquals(1, fresh.recent(10).size());
            }

            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).contains(onlyKeptFile().toString()), told.get(0));
            assertTrue(told.get(0).contains("games of this run are saved"), told.get(0));
            try (HistoryStore reopened = HistoryStore.open(databaseFile())) {
                assertEquals(1, reopened.recent(10).size(), "the game saved after the damage is on disk");
            }
        }

        @Test
        void aSoundFileIsOpenedAsItIsWithoutAMessage() throws Exception {
            try (HistoryStore store = HistoryStore.open(databaseFile())) {
                store.save(game(1, KESTREL, 0, true));
            }
            List<String> told = new ArrayList<>();

            try (HistoryStore store = HistoryStore.openReplacingDamaged(databaseFile(), told::add)) {
                assertEquals(1, store.recent(10).size());
            }
            assertEquals(List.of(), told);
        }

        @Test
        void databaseWithADamagedPageIsKeptAside() throws Exception {
            try (HistoryStore store = HistoryStore.open(databaseFile())) {
                for (int gameId = 0; gameId < 300; gameId++) {
                    store.save(game(gameId, gameId % 2 == 0 ? KESTREL : OTHER, gameId, true));
                }
            }
            zeroPage(databaseFile(), 3);

            HistoryException failure = assertThrows(HistoryException.class, () -> HistoryStore.open(databaseFile()));

            assertTrue(failure.getMessage().contains("damaged"), failure.getMessage());
            assertTrue(failure.getMessage().contains(onlyKeptFile().toString()), failure.getMessage());
            assertFalse(Files.exists(databaseFile()));
        }

        @Test
        void fileFromANewerLanelightIsRefusedAndLeftInPlace() throws Exception {
            HistoryStore.open(databaseFile()).close();
            query(databaseFile(), "PRAGMA user_version = 99");

            HistoryException failure = assertThrows(HistoryException.class, () -> HistoryStore.open(databaseFile()));

            assertTrue(failure.getMessage().contains("newer Lanelight"), failure.getMessage());
            assertTrue(Files.exists(databaseFile()));
        }

        /** Overwrites one page (1-based, SQLite's default 4096 bytes) of a closed database with zeros. */
        private void zeroPage(Path file, int page) throws Exception {
            int pageSize = Integer.parseInt(query(file, "PRAGMA page_size"));
            assertTrue(Files.size(file) > (long) page * pageSize, "the file has a page " + page);
            try (RandomAccessFile content = new RandomAccessFile(file.toFile(), "rw")) {
                content.seek((long) (page - 1) * pageSize);
                content.write(new byte[pageSize]);
            }
        }

        private Path onlyKeptFile() throws Exception {
            try (Stream<Path> files = Files.list(databaseFile().getParent())) {
                List<Path> kept = files.filter(f -> f.getFileName().toString().contains("corrupt"))
                        .toList();
                assertEquals(1, kept.size(), kept.toString());
                return kept.get(0);
            }
        }
    }

    @Test
    void closedStoreRefusesWork() throws Exception {
        HistoryStore store = HistoryStore.open(databaseFile());
        store.close();
        store.close();

        assertThrows(IllegalStateException.class, () -> store.recent(1));
    }

    /** Runs one statement on its own connection and returns the first column of the first row, if any. */
    private static String query(Path file, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return null;
            }
            try (ResultSet result = statement.getResultSet()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
