package gg.lanelight.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private static JsonNode participant(int participantId) {
        for (JsonNode participant : match.path("info").path("participants")) {
            if (participant.path("participantId").asInt() == participantId) {
                return participant;
            }
        }
        throw new AssertionError("The fixture has no participant " + participantId);
    }
}
