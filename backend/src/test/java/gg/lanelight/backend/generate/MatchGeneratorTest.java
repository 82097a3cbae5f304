package gg.lanelight.backend.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.ingest.IngestReport;
import gg.lanelight.backend.ingest.MatchIngester;
import gg.lanelight.backend.ingest.StagingDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchGeneratorTest {
    private static final int MATCHES = 400;
    private static final List<FeaturedPlayer> FEATURED =
            List.of(FeaturedPlayer.of("featured-one"), new FeaturedPlayer("featured-kaisa", "BOTTOM", 145));

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        List<Path> first = write(7, folder.resolve("a"));
        List<Path> second = write(7, folder.resolve("b"));
        List<Path> other = write(8, folder.resolve("c"));

        assertEquals(first.size(), second.size());
        for (int index = 0; index < first.size(); index++) {
            assertArrayEquals(Files.readAllBytes(first.get(index)), Files.readAllBytes(second.get(index)));
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(first.get(0)), Files.readAllBytes(other.get(0))));
    }

    @Test
    void setsOfTwoSeedsShareNoMatchIdAndIngestTogether() throws Exception {
        MatchGenerator eleven = generator(11);
        MatchGenerator twentyTwo = generator(22);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int index = 0; index < MATCHES; index++) {
            ids.add(eleven.match(index).match().path("metadata").path("matchId").asText());
            ids.add(twentyTwo
                    .match(index)
                    .match()
                    .path("metadata")
                    .path("matchId")
                    .asText());
        }
        List<Path> files = new java.util.ArrayList<>(
                new DatasetWriter(eleven, TestData.MAPPER).write(folder.resolve("eleven"), 1));
        files.addAll(new DatasetWriter(twentyTwo, TestData.MAPPER).write(folder.resolve("twenty-two"), 1));

        assertEquals(2 * MATCHES, ids.size());
        try (StagingDatabase staging = StagingDatabase.create(folder.resolve("staging.duckdb"))) {
            MatchIngester ingester = new MatchIngester(staging, ItemCatalog.bundled(), TestData.MAPPER);
            ingester.ingestPaths(files);

            assertEquals(2 * MATCHES, ingester.report().matches());
            assertEquals(
                    0,
                    ingester.report().skipped(),
                    () -> ingester.report().examples().toString());
        }
    }

    @Test
    void everyGeneratedMatchAndTimelineIsAcceptedByIngest() throws Exception {
        MatchGenerator generator = generator(11);
        long timelines = java.util.stream.IntStream.range(0, MATCHES)
                .filter(index -> generator.match(index).timeline() != null)
                .count();
        List<Path> files = new DatasetWriter(generator, TestData.MAPPER).write(folder.resolve("out"), 2);

        try (StagingDatabase staging = StagingDatabase.create(folder.resolve("staging.duckdb"))) {
            MatchIngester ingester = new MatchIngester(staging, ItemCatalog.bundled(), TestData.MAPPER);
            ingester.ingestPaths(files);
            IngestReport report = ingester.report();

            assertEquals(0, report.skipped(), () -> report.examples().toString());
            assertEquals(MATCHES, report.matches());
            assertEquals(timelines, report.timelines());
            assertTrue(timelines > 0);
        }
    }

    @Test
    void featuredPlayersGetARealisticNumberOfGames() {
        MatchGenerator generator = generator(3);
        int[] games = new int[FEATURED.size()];
        int kaisaGames = 0;
        for (int index = 0; index < MATCHES; index++) {
            for (JsonNode participant :
                    generator.match(index).match().path("info").path("participants")) {
                for (int player = 0; player < FEATURED.size(); player++) {
                    if (participant
                            .path("puuid")
                            .asText()
                            .equals(FEATURED.get(player).puuid())) {
                        games[player]++;
                        kaisaGames += participant.path("championId").asInt() == 145 && player == 1 ? 1 : 0;
                    }
                }
            }
        }
        for (int count : games) {
            assertTrue(count >= FeaturedSchedule.MIN_GAMES && count <= FeaturedSchedule.MAX_GAMES, "games " + count);
        }
        assertTrue(kaisaGames * 2 > games[1], "the main champion should be played most: " + kaisaGames);
    }

    @Test
    void eachTeamFieldsOnePlayerPerRoleAndTenDistinctChampions() {
        MatchGenerator generator = generator(5);
        for (int index = 0; index < 50; index++) {
            Set<String> seats = new HashSet<>();
            Set<Integer> champions = new HashSet<>();
            for (JsonNode participant :
                    generator.match(index).match().path("info").path("participants")) {
                seats.add(participant.path("teamId").asInt()
                        + participant.path("teamPosition").asText());
                champions.add(participant.path("championId").asInt());
            }
            assertEquals(10, seats.size());
            assertEquals(10, champions.size());
        }
    }

    private List<Path> write(long seed, Path out) throws Exception {
        return new DatasetWriter(generator(seed), TestData.MAPPER).write(out, 2);
    }

    private static MatchGenerator generator(long seed) {
        return MatchGenerator.bundled(new GeneratorOptions(seed, MATCHES, 0.2, FEATURED));
    }
}
