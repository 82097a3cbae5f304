package gg.lanelight.backend.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.backend.FixtureVariants;
import gg.lanelight.backend.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Modes without the five roles (ARAM, Arena), bots and players without a puuid, each built into a snapshot. */
class GameModesTest {
    private static final int ARAM = 450;
    private static final int ARENA = 1700;

    @TempDir
    Path folder;

    @Test
    void aramChampionsGetTheNoneRoleAndNoRoleTables() throws Exception {
        ObjectNode aram = FixtureVariants.copy(TestData.fixtureMatch(), "EUW1_450", 0);
        ((ObjectNode) aram.path("info")).put("queueId", ARAM).put("mapId", 12).put("gameMode", "ARAM");
        aram.path("info").path("participants").forEach(p -> ((ObjectNode) p).put("teamPosition", ""));

        build(List.of(aram));

        assertEquals(List.of(List.of(10L, 10L, 5L)), query("SELECT COUNT(*), SUM(games), SUM(wins)", "champion_stats"));
        assertEquals(List.of(List.of("NONE")), query("SELECT DISTINCT role", "champion_stats"));
        for (String table : List.of("champion_role_stats", "build_stats", "matchups", "core_item_builds")) {
            assertEquals(List.of(List.of(0L)), query("SELECT COUNT(*)", table), table);
        }
        assertEquals(List.of(List.of("NONE", 10L)), query("SELECT role, SUM(games)", "player_roles GROUP BY role"));
    }

    @ParameterizedTest(name = "{0} players in subteams of {1}")
    @CsvSource({"16, 2", "18, 3"})
    void arenaPlacementsAreKeptPerChampionAndPlayer(int players, int subteamSize) throws Exception {
        ObjectNode arena = arenaMatch(players, subteamSize);

        build(List.of(arena));

        int subteams = players / subteamSize;
        for (JsonNode participant : arena.path("info").path("participants")) {
            int placement = participant.path("placement").asInt();
            long won = placement <= subteams / 2 ? 1 : 0;
            assertEquals(
                    List.of(List.of(1L, won, 1L, (long) placement)),
                    TestData.query(
                            "SELECT games, wins, placement_games, placement_sum FROM read_parquet(?)"
                                    + " WHERE champion_id = ? AND role = 'NONE'",
                            parquet("champion_stats"),
                            participant.path("championId").asInt()));
            assertEquals(
                    List.of(List.of(placement)),
                    TestData.query(
                            "SELECT placement FROM read_parquet(?) WHERE puuid = ?",
                            parquet("player_recent_matches"),
                            participant.path("puuid").asText()));
        }
        assertEquals(List.of(List.of(0L)), query("SELECT COUNT(*)", "matchups"));
    }

    @Test
    void botsCountNowhereAndAPlayerWithoutPuuidCountsOnlyForTheChampion() throws Exception {
        ObjectNode coop = FixtureVariants.copy(TestData.fixtureMatch(), "NA1_850", 0);
        ((ObjectNode) coop.path("info")).put("queueId", 850);
        for (int bot = 1; bot <= 5; bot++) {
            FixtureVariants.participant(coop, bot).put("puuid", "BOT");
        }
        FixtureVariants.participant(coop, 6).put("puuid", "");

        build(List.of(coop));

        assertEquals(List.of(List.of(5L, 5L)), query("SELECT COUNT(*), SUM(games)", "champion_stats"));
        assertEquals(List.of(List.of(4L)), query("SELECT COUNT(*)", "player_summary"));
        assertEquals(List.of(List.of(0L)), query("SELECT COUNT(*)", "player_summary WHERE puuid IN ('', 'BOT')"));
        int fiora = FixtureVariants.participant(coop, 6).path("championId").asInt();
        assertEquals(
                List.of(List.of(1L)),
                TestData.query(
                        "SELECT games FROM read_parquet(?) WHERE champion_id = ?", parquet("champion_stats"), fiora));
    }

    /** The fixture's ten players plus copies up to {@code players}, with Arena placements by subteam. */
    private static ObjectNode arenaMatch(int players, int subteamSize) throws Exception {
        ObjectNode arena = FixtureVariants.copy(TestData.fixtureMatch(), "EUW1_" + players, 0);
        ObjectNode info = (ObjectNode) arena.path("info");
        info.put("queueId", ARENA).put("mapId", 30).put("gameMode", "CHERRY");
        ArrayNode participants = (ArrayNode) info.path("participants");
        List<JsonNode> originals = new ArrayList<>();
        participants.forEach(originals::add);
        for (int extra = 0; participants.size() < players; extra++) {
            ObjectNode copy = originals.get(extra).deepCopy();
            copy.put("participantId", participants.size() + 1)
                    .put("puuid", "ARENA-PUUID-" + extra)
                    .put("championId", 900 + extra);
            participants.add(copy);
        }
        int subteams = players / subteamSize;
        for (JsonNode participant : participants) {
            int subteam = (participant.path("participantId").asInt() - 1) / subteamSize + 1;
            ((ObjectNode) participant)
                    .put("teamPosition", "")
                    .put("playerSubteamId", subteam)
                    .put("placement", subteam)
                    .put("win", subteam <= subteams / 2);
        }
        return arena;
    }

    private void build(List<ObjectNode> matches) throws Exception {
        Path input = FixtureVariants.writeLines(folder.resolve("matches.json"), matches);
        TestData.buildSnapshot(folder.resolve("snapshots"), List.of(input));
    }

    private List<List<Object>> query(String select, String tableAndRest) throws Exception {
        int space = tableAndRest.indexOf(' ');
        String table = space < 0 ? tableAndRest : tableAndRest.substring(0, space);
        String rest = space < 0 ? "" : tableAndRest.substring(space);
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : TestData.query(select + " FROM read_parquet(?)" + rest, parquet(table))) {
            rows.add(row.stream()
                    .map(value -> value instanceof Number number ? (Object) number.longValue() : value)
                    .toList());
        }
        return rows;
    }

    private String parquet(String table) throws Exception {
        return TestData.parquet(folder.resolve("snapshots"), table);
    }
}
