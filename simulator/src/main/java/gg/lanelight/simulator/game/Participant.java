package gg.lanelight.simulator.game;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One player of the recorded game as the simulated client shows them: the match-v5 values with the identity the
 * simulator gives them (the local participant carries the logged-in summoner's identity).
 *
 * @param position match-v5 {@code teamPosition}: TOP, JUNGLE, MIDDLE, BOTTOM or UTILITY
 * @param championKey the Data Dragon id, e.g. {@code Kaisa}
 * @param stats the participant object of the match-v5 document, never null
 */
public record Participant(
        int participantId,
        int teamId,
        int championId,
        String championKey,
        String position,
        String puuid,
        String gameName,
        String tagLine,
        long summonerId,
        int spell1Id,
        int spell2Id,
        boolean local,
        JsonNode stats) {

    public String riotId() {
        return gameName + "#" + tagLine;
    }

    /** Live Client team name: ORDER is team 100 (blue), CHAOS team 200 (red). */
    public String liveTeam() {
        return teamId == 100 ? "ORDER" : "CHAOS";
    }

    /** Champion-select spelling of the position: lower case, e.g. {@code utility}. */
    public String assignedPosition() {
        return position.toLowerCase(java.util.Locale.ROOT);
    }
}
