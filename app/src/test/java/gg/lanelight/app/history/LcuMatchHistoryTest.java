package gg.lanelight.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LcuMatchHistoryTest {

    private static String recordedHistory() throws Exception {
        return Files.readString(Path.of(System.getProperty("lanelight.fixtures"), "lcu", "match-history.json"));
    }

    @Test
    void readsTheRecordedGameOfTheLocalPlayer() throws Exception {
        String body = recordedHistory();
        JsonNode game =
                new ObjectMapper().readTree(body).path("games").path("games").get(0);
        JsonNode player = game.path("participantIdentities").get(0).path("player");
        JsonNode participant = game.path("participants").get(0);
        JsonNode stats = participant.path("stats");

        List<MatchRecord> matches = LcuMatchHistory.parse(body);

        assertEquals(
                List.of(new MatchRecord(
                        game.path("gameId").asLong(),
                        player.path("puuid").asText(),
                        Instant.parse(game.path("gameCreationDate").asText()),
                        game.path("queueId").asInt(),
                        player.path("gameName").asText() + "#"
                                + player.path("tagLine").asText(),
                        participant.path("championId").asInt(),
                        participant.path("timeline").path("lane").asText(),
                        stats.path("win").asBoolean(),
                        stats.path("kills").asInt(),
                        stats.path("deaths").asInt(),
                        stats.path("assists").asInt(),
                        stats.path("totalMinionsKilled").asInt()
                                + stats.path("neutralMinionsKilled").asInt(),
                        stats.path("goldEarned").asInt(),
                        game.path("gameDuration").asLong(),
                        true)),
                matches);
    }

    @ParameterizedTest
    @CsvSource({
        "TOP, SOLO, TOP",
        "JUNGLE, NONE, JUNGLE",
        "MIDDLE, SOLO, MIDDLE",
        "BOTTOM, DUO_CARRY, BOTTOM",
        "BOTTOM, DUO_SUPPORT, UTILITY",
        "NONE, DUO, ''"
    })
    void mapsTheClientsLaneGuessToARole(String lane, String role, String expected) throws Exception {
        JsonNode timeline = new ObjectMapper().readTree("{\"lane\":\"" + lane + "\",\"role\":\"" + role + "\"}");

        assertEquals(expected, LcuMatchHistory.role(timeline));
    }

    @Test
    void refusesSomethingThatIsNotAMatchList() {
        HistoryException notJson = assertThrows(HistoryException.class, () -> LcuMatchHistory.parse("<html>"));
        HistoryException noGames = assertThrows(HistoryException.class, () -> LcuMatchHistory.parse("{\"x\":1}"));

        assertTrue(notJson.getMessage().contains("not valid JSON"), notJson.getMessage());
        assertTrue(noGames.getMessage().contains("no games list"), noGames.getMessage());
    }
}
