package gg.lanelight.simulator.game;

import com.fasterxml.jackson.databind.JsonNode;

/** The logged-in player of the simulated client, taken from the bundled current-summoner payload. */
public record LocalSummoner(String puuid, long summonerId, String gameName, String tagLine) {

    public static LocalSummoner from(JsonNode currentSummoner) {
        return new LocalSummoner(
                currentSummoner.path("puuid").asText(),
                currentSummoner.path("summonerId").asLong(),
                currentSummoner.path("gameName").asText(),
                currentSummoner.path("tagLine").asText());
    }
}
