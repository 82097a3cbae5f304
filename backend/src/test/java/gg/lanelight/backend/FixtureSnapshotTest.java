package gg.lanelight.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real recorded match and its timeline, through ingest, aggregation and parquet, against hand-computed values. */
class FixtureSnapshotTest {
    @TempDir
    static Path snapshots;

    static Manifest manifest;
    static JsonNode match;

    @BeforeAll
    static void buildSnapshot() throws Exception {
        manifest =
                TestData.buildSnapshot(snapshots, List.of(TestData.fixtureMatchFile(), TestData.fixtureTimelineFile()));
        match = TestData.fixtureMatch();
    }

    @Test
    void winnersHaveOneWinAndLosersNone() throws Exception {
        String file = TestData.parquet(snapshots, "champion_role_stats");
        for (JsonNode participant : match.path("info").path("participants")) {
            List<List<Object>> rows = TestData.query(
                    "SELECT games, wins FROM read_parquet(?) WHERE champion_id = ? AND role = ?",
                    file,
                    participant.path("championId").asInt(),
                    participant.path("teamPosition").asText());
            long expectedWins = participant.path("win").asBoolean() ? 1 : 0;
            assertEquals(
                    List.of(List.of(1L, expectedWins)),
                    rows,
                    participant.path("championName").asText());
        }
    }

    @Test
    void kaisaPlayerHasTheFixtureKda() throws Exception {
        JsonNode kaisa = participant(9);
        assertEquals(
                List.of(16, 4, 2),
                List.of(
                        kaisa.path("kills").asInt(),
                        kaisa.path("deaths").asInt(),
                        kaisa.path("assists").asInt()));

        List<List<Object>> rows = TestData.query(
                "SELECT champion_id, games, wins, kills, deaths, assists FROM read_parquet(?) WHERE puuid = ?",
                TestData.parquet(snapshots, "player_champions"),
                kaisa.path("puuid").asText());

        assertEquals(List.of(List.of(kaisa.path("championId").asInt(), 1L, 1L, 16L, 4L, 2L)), rows);
    }

    @Test
    void runePageAndSpellsComeOutAsTheFixtureSays() throws Exception {
        JsonNode swain = participant(10);
        JsonNode perks = swain.path("perks");
        List<Object> expectedPage = new ArrayList<>();
        expectedPage.add(perks.path("styles").get(0).path("style").asInt());
        expectedPage.add(perks.path("styles").get(1).path("style").asInt());
        for (JsonNode style : perks.path("styles")) {
            style.path("selections")
                    .forEach(
                            selection -> expectedPage.add(selection.path("perk").asInt()));
        }
        for (String shard : List.of("offense", "flex", "defense")) {
            expectedPage.add(perks.path("statPerks").path(shard).asInt());
        }
        List<List<Object>> pages = TestData.query(
                "SELECT primary_style, sub_style, perk_1, perk_2, perk_3, perk_4, perk_5, perk_6, perk_7, perk_8, perk_9"
                        + " FROM read_parquet(?) WHERE champion_id = ?",
                TestData.parquet(snapshots, "rune_pages"),
                swain.path("championId").asInt());
        assertEquals(List.of(expectedPage), pages);

        int first = swain.path("summoner1Id").asInt();
        int second = swain.path("summoner2Id").asInt();
        List<List<Object>> spells = TestData.query(
                "SELECT spell_1, spell_2 FROM read_parquet(?) WHERE champion_id = ?",
                TestData.parquet(snapshots, "spell_pairs"),
                swain.path("championId").asInt());
        assertEquals(List.of(List.of(Math.min(first, second), Math.max(first, second))), spells);
    }

    @Test
    void coreItemsAreTheFirstThreeCompletedPurchasesOfTheTimeline() throws Exception {
        JsonNode items = TestData.MAPPER
                .readTree(
                        TestData.fixtures().resolve("ddragon/item.trimmed.json").toFile())
                .path("data");
        List<Object> expected = new ArrayList<>();
        for (JsonNode frame : TestData.fixtureTimeline().path("info").path("frames")) {
            for (JsonNode event : frame.path("events")) {
                boolean kaisaBought = event.path("type").asText().equals("ITEM_PURCHASED")
                        && event.path("participantId").asInt() == 9;
                JsonNode item = items.path(event.path("itemId").asText());
                boolean completed = item.path("into").isEmpty()
                        && item.path("gold").path("total").asInt() >= 1000
                        && !item.path("tags").toString().contains("Boots");
                if (kaisaBought
                        && completed
                        && expected.size() < 3
                        && !expected.contains(event.path("itemId").asInt())) {
                    expected.add(event.path("itemId").asInt());
                }
            }
        }

        List<List<Object>> rows = TestData.query(
                "SELECT item_1, item_2, item_3 FROM read_parquet(?) WHERE champion_id = ?",
                TestData.parquet(snapshots, "core_item_builds"),
                participant(9).path("championId").asInt());

        assertEquals(3, expected.size());
        assertEquals(List.of(expected), rows);
    }

    @Test
    void manifestChecksumsAndRowCountsMatchTheFiles() throws Exception {
        Path folder = snapshots.resolve(manifest.snapshotId());
        for (Manifest.TableFile file : manifest.tables()) {
            assertEquals(file.sha256(), SnapshotWriter.sha256(folder.resolve(file.file())), file.file());
            List<List<Object>> count = TestData.query(
                    "SELECT COUNT(*) FROM read_parquet(?)",
                    folder.resolve(file.file()).toString());
            assertEquals(file.rows(), count.get(0).get(0), file.file());
        }
        assertEquals(1L, manifest.input().get("matches"));
        assertEquals(1L, manifest.input().get("timelines"));
    }

    @Test
    void skillOrderStartItemsAndBootsComeOutAsTheTimelineSays() throws Exception {
        List<JsonNode> kaisaEvents = new ArrayList<>();
        for (JsonNode frame : TestData.fixtureTimeline().path("info").path("frames")) {
            frame.path("events").forEach(event -> {
                if (event.path("participantId").asInt() == 9) {
                    kaisaEvents.add(event);
                }
            });
        }

        Map<String, String> builds = new TreeMap<>();
        for (List<Object> row : TestData.query(
                "SELECT build_type, build_key FROM read_parquet(?) WHERE champion_id = 145",
                TestData.parquet(snapshots, "build_stats"))) {
            builds.put((String) row.get(0), (String) row.get(1));
        }

        assertEquals(expectedSkillOrder(kaisaEvents), builds.get("skill_order"));
        assertEquals("QEW", builds.get("skill_order"), "Kai'Sa maxes Q, then E, then W in the recorded game");
        assertEquals(expectedStartItems(kaisaEvents), builds.get("start_items"));
        assertEquals(expectedBoots(kaisaEvents), builds.get("boots"));
    }

    @Test
    void matchupGoldDifferenceAtFifteenIsTheFrameDifference() throws Exception {
        JsonNode frame = null;
        for (JsonNode candidate : TestData.fixtureTimeline().path("info").path("frames")) {
            if (frame == null && candidate.path("timestamp").asLong() >= 900_000) {
                frame = candidate;
            }
        }
        long kaisaGold =
                frame.path("participantFrames").path("9").path("totalGold").asLong();
        long zeriGold =
                frame.path("participantFrames").path("5").path("totalGold").asLong();

        List<List<Object>> rows = TestData.query(
                "SELECT games, wins, gold_diff_15_games, gold_diff_15_sum FROM read_parquet(?)"
                        + " WHERE champion_id = 145 AND opponent_champion_id = 221 AND role = 'BOTTOM'",
                TestData.parquet(snapshots, "matchups"));

        assertEquals(List.of(List.of(1L, 1L, 1L, kaisaGold - zeriGold)), rows);
    }

    @Test
    void aSingleWinHasThePublishedWilsonLowerBoundAndNoTier() throws Exception {
        List<List<Object>> rows = TestData.query(
                "SELECT games, wins, pick_rate, wilson_lower, tier FROM read_parquet(?)"
                        + " WHERE champion_id = 145 AND rank_bracket = 'ALL'",
                TestData.parquet(snapshots, "champion_stats"));

        assertEquals(1L, rows.get(0).get(0));
        assertEquals(1L, rows.get(0).get(1));
        assertEquals(1.0, (Double) rows.get(0).get(2), 1e-12);
        assertEquals(0.2065, (Double) rows.get(0).get(3), 5e-5, "Wilson 95% lower bound of 1/1");
        assertNull(rows.get(0).get(4), "one game is below the minimum sample for a tier");
    }

    @Test
    void playerCsAndRolesComeFromTheMatch() throws Exception {
        JsonNode kaisa = participant(9);
        long cs = kaisa.path("totalMinionsKilled").asLong()
                + kaisa.path("neutralMinionsKilled").asLong();
        String puuid = kaisa.path("puuid").asText();

        assertEquals(
                List.of(List.of(cs, match.path("info").path("gameDuration").asLong())),
                TestData.query(
                        "SELECT cs, duration_s FROM read_parquet(?) WHERE puuid = ?",
                        TestData.parquet(snapshots, "player_champions"),
                        puuid));
        assertEquals(
                List.of(List.of("BOTTOM", 1L, 1L)),
                TestData.query(
                        "SELECT role, games, wins FROM read_parquet(?) WHERE puuid = ?",
                        TestData.parquet(snapshots, "player_roles"),
                        puuid));
        assertEquals(
                List.of(List.of(1L, 1L)),
                TestData.query(
                        "SELECT current_streak, recent_games FROM read_parquet(?) WHERE puuid = ?",
                        TestData.parquet(snapshots, "player_summary"),
                        puuid));
    }

    /** Q, W and E by the skill point that brought each to rank 5 (unmaxed last, by points), NORMAL level-ups only. */
    private static String expectedSkillOrder(List<JsonNode> events) {
        int[] ranks = new int[4];
        int[] maxedAt = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int points = 0;
        for (JsonNode event : events) {
            if (event.path("type").asText().equals("SKILL_LEVEL_UP")
                    && event.path("levelUpType").asText().equals("NORMAL")) {
                points++;
                int slot = event.path("skillSlot").asInt();
                if (++ranks[slot - 1] == 5) {
                    maxedAt[slot - 1] = points;
                }
            }
        }
        List<Integer> slots = new ArrayList<>(List.of(0, 1, 2));
        slots.sort(Comparator.<Integer>comparingInt(slot -> maxedAt[slot])
                .thenComparing(slot -> -ranks[slot])
                .thenComparing(slot -> slot));
        StringBuilder order = new StringBuilder();
        slots.forEach(slot -> order.append("QWE".charAt(slot)));
        return order.toString();
    }

    private static String expectedStartItems(List<JsonNode> events) {
        List<Integer> bought = new ArrayList<>();
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            if (type.equals("ITEM_PURCHASED") && event.path("timestamp").asLong() < 60_000) {
                bought.add(event.path("itemId").asInt());
            } else if (type.equals("ITEM_UNDO")) {
                int undone = bought.lastIndexOf(event.path("beforeId").asInt());
                if (undone >= 0) {
                    bought.remove(undone);
                }
            }
        }
        return bought.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String expectedBoots(List<JsonNode> events) throws Exception {
        JsonNode items = TestData.MAPPER
                .readTree(
                        TestData.fixtures().resolve("ddragon/item.trimmed.json").toFile())
                .path("data");
        for (JsonNode event : events) {
            JsonNode item = items.path(event.path("itemId").asText());
            if (event.path("type").asText().equals("ITEM_PURCHASED")
                    && item.path("tags").toString().contains("Boots")
                    && !item.path("from").isEmpty()) {
                return event.path("itemId").asText();
            }
        }
        return null;
    }

    private static JsonNode participant(int participantId) {
        for (JsonNode participant : match.path("info").path("participants")) {
            if (participant.path("participantId").asInt() == participantId) {
                return participant;
            }
        }
        throw new AssertionError("The fixture has no participant " + participantId);
    }
}
