package gg.lanelight.backend.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.backend.FixtureVariants;
import gg.lanelight.backend.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 263 copies of the fixture game in which Kai'Sa's team wins 81 (the oldest 78 and the newest 3), so her numbers can be
 * checked against published Wilson values (Newcombe 1998: 81/263 gives 0.2553 to 0.3662) and by hand.
 */
class ChampionStatsTest {
    private static final int MATCHES = 263;
    private static final int KAISA = 145;
    private static final int ZERI = 221;
    private static final int FLASH = 4;
    private static final int CLEANSE = 1; // replaces her Ghost (6) in the oldest game, which she won

    @TempDir
    static Path folder;

    static String kaisaPuuid;

    @BeforeAll
    static void buildSnapshot() throws Exception {
        JsonNode fixture = TestData.fixtureMatch();
        kaisaPuuid = FixtureVariants.participant(fixture, 9).path("puuid").asText();
        List<ObjectNode> matches = new ArrayList<>();
        for (int index = 0; index < MATCHES; index++) {
            ObjectNode match = FixtureVariants.copy(fixture, "KR_" + (1000 + index), index);
            FixtureVariants.setWinner(match, kaisaWins(index) ? 200 : 100);
            banKaisaByBothTeams(match);
            if (index == 0) {
                FixtureVariants.participant(match, 9).put("summoner1Id", CLEANSE);
            }
            matches.add(match);
        }
        Path input = FixtureVariants.writeLines(folder.resolve("copies.json"), matches);
        TestData.buildSnapshot(folder.resolve("snapshots"), List.of(input));
    }

    private static boolean kaisaWins(int index) {
        return index < 78 || index >= MATCHES - 3;
    }

    private static void banKaisaByBothTeams(ObjectNode match) {
        for (JsonNode team : match.path("info").path("teams")) {
            ArrayNode bans = (ArrayNode) team.path("bans");
            ((ObjectNode) bans.get(bans.size() - 1)).put("championId", KAISA);
        }
    }

    @Test
    void kaisaRatesMatchTheHandCountAndThePublishedWilsonBound() throws Exception {
        List<Object> row = championRow(KAISA);
        double roleWinRate = 0.5; // one BOTTOM player wins in every match
        double shrunk = (81 + 50 * roleWinRate) / (MATCHES + 50);

        assertEquals(List.of((long) MATCHES, 81L, (long) MATCHES, (long) MATCHES), row.subList(0, 4));
        assertEquals(81.0 / MATCHES, (Double) row.get(4), 1e-12, "win rate");
        assertEquals(1.0, (Double) row.get(5), 1e-12, "pick rate: played in every match");
        assertEquals(1.0, (Double) row.get(6), 1e-12, "ban rate: banned by both teams counts once per match");
        assertEquals(0.2553, (Double) row.get(7), 5e-5, "Wilson lower bound, Newcombe (1998)");
        assertEquals(roleWinRate, (Double) row.get(8), 1e-12, "role win rate");
        assertEquals(shrunk, (Double) row.get(9), 1e-12, "shrunk win rate");
        double score = 100 * (shrunk - roleWinRate) + 0.75 * Math.log(1 + 100 * 1.0);
        assertEquals(score, (Double) row.get(10), 1e-9, "tier score (docs/tiers.md)");
        assertEquals("D", row.get(11));
    }

    @Test
    void theLaneOpponentHasTheOtherGames() throws Exception {
        List<Object> row = championRow(ZERI);

        assertEquals(List.of((long) MATCHES, (long) MATCHES - 81, (long) MATCHES, 0L), row.subList(0, 4));
        assertEquals("S+", row.get(11), "182 of 263 at a 100% pick rate");
    }

    @Test
    void aOneGameBuildNeverWinsEvenAtAHundredPercent() throws Exception {
        List<List<Object>> rows = TestData.query(
                "SELECT build_key, games, wins, eligible, rank_by_games, rank_by_win FROM read_parquet(?)"
                        + " WHERE champion_id = ? AND build_type = 'spells' AND rank_bracket = 'ALL'"
                        + " ORDER BY rank_by_games",
                parquet("build_stats"),
                KAISA);

        assertEquals(List.of(FLASH + ",6", (long) MATCHES - 1, 80L, true, 1L, 1L), rows.get(0));
        assertEquals(
                List.of(CLEANSE + "," + FLASH, 1L, 1L, false, 2L), rows.get(1).subList(0, 5));
        assertNull(rows.get(1).get(5), "the one-game pair is below the minimum sample");
    }

    @Test
    void matchupsCountEveryGameAgainstTheLaneOpponentWithoutGoldWhenNoTimeline() throws Exception {
        List<List<Object>> rows = TestData.query(
                "SELECT games, wins, gold_diff_15_games, gold_diff_15 FROM read_parquet(?)"
                        + " WHERE champion_id = ? AND opponent_champion_id = ?",
                parquet("matchups"),
                KAISA,
                ZERI);

        assertEquals(1, rows.size());
        assertEquals(List.of((long) MATCHES, 81L, 0L), rows.get(0).subList(0, 3));
        assertNull(rows.get(0).get(3));
    }

    @Test
    void thePlayerHasAStreakOfThreeAndTwentyRecentGamesNewestFirst() throws Exception {
        assertEquals(
                List.of(List.of((long) MATCHES, 81L, 20L, 3L, 3L)),
                TestData.query(
                        "SELECT games, wins, recent_games, recent_wins, current_streak FROM read_parquet(?)"
                                + " WHERE puuid = ?",
                        parquet("player_summary"),
                        kaisaPuuid));

        List<List<Object>> recent = TestData.query(
                "SELECT recency, match_id, win FROM read_parquet(?) WHERE puuid = ? ORDER BY recency",
                parquet("player_recent_matches"),
                kaisaPuuid);
        assertEquals(20, recent.size());
        assertEquals(List.of(1L, "KR_" + (1000 + MATCHES - 1), true), recent.get(0));
        assertEquals(List.of(4L, "KR_" + (1000 + MATCHES - 4), false), recent.get(3));
    }

    private static List<Object> championRow(int championId) throws Exception {
        List<List<Object>> rows = TestData.query(
                "SELECT games, wins, matches, bans, win_rate, pick_rate, ban_rate, wilson_lower, role_win_rate,"
                        + " shrunk_win_rate, tier_score, tier FROM read_parquet(?)"
                        + " WHERE champion_id = ? AND rank_bracket = 'ALL'",
                parquet("champion_stats"),
                championId);
        assertEquals(1, rows.size(), "one row per champion and role");
        return rows.get(0);
    }

    private static String parquet(String table) throws Exception {
        return TestData.parquet(folder.resolve("snapshots"), table);
    }
}
