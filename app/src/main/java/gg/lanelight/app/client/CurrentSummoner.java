package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /lol-summoner/v1/current-summoner}: the logged-in player. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CurrentSummoner(
        long accountId,
        long summonerId,
        String puuid,
        String gameName,
        String tagLine,
        String displayName,
        int summonerLevel,
        int profileIconId) {

    /** The Riot ID as players write it, {@code gameName#tagLine}. */
    public String riotId() {
        return gameName + "#" + tagLine;
    }
}
