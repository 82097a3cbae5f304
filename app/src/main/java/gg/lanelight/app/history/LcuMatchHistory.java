package gg.lanelight.app.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the League client's own match list ({@code GET /lol-match-history/v1/products/lol/current-summoner/matches}
 * or {@code …/v1/products/lol/{puuid}/matches}) into history rows, so past games can be imported. Stateless and
 * thread-safe.
 */
public final class LcuMatchHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LcuMatchHistory() {}

    /**
     * One row per game and listed player (the client lists only the requested player). Every row is complete: the
     * client lists finished games only. Role comes from the client's lane guess and is "" when it had none.
     */
    public static List<MatchRecord> parse(String body) throws HistoryException {
        JsonNode root = readTree(body);
        List<MatchRecord> matches = new ArrayList<>();
        for (JsonNode game : root.path("games").path("games")) {
            for (JsonNode identity : game.path("participantIdentities")) {
                JsonNode participant =
                        participant(game, identity.path("participantId").asInt());
                if (participant != null) {
                    matches.add(toMatch(game, identity.path("player"), participant));
                }
            }
        }
        return matches;
    }

    private static JsonNode readTree(String body) throws HistoryException {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.path("games").path("games").isArray()) {
                throw new HistoryException(
                        "The League client's match history has no games list; this client version is not supported."
                                + " Past games are not imported; new games are still saved.",
                        null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new HistoryException(
                    "The League client's match history is not valid JSON (" + e.getOriginalMessage() + "). Past games"
                            + " are not imported; new games are still saved.",
                    e);
        }
    }

    private static JsonNode participant(JsonNode game, int participantId) {
        for (JsonNode participant : game.path("participants")) {
            if (participant.path("participantId").asInt() == participantId) {
                return participant;
            }
        }
        return null;
    }

    private static MatchRecord toMatch(JsonNode game, JsonNode player, JsonNode participant) {
        JsonNode stats = participant.path("stats");
        return new MatchRecord(
                game.path("gameId").asLong(),
                player.path("puuid").asText(),
                Instant.ofEpochMilli(game.path("gameCreation").asLong()),
                game.path("queueId").asInt(),
                player.path("gameName").asText() + "#" + player.path("tagLine").asText(),
                participant.path("championId").asInt(),
                role(participant.path("timeline")),
                stats.path("win").asBoolean(),
                stats.path("kills").asInt(),
                stats.path("deaths").asInt(),
                stats.path("assists").asInt(),
                stats.path("totalMinionsKilled").asInt()
                        + stats.path("neutralMinionsKilled").asInt(),
                stats.path("goldEarned").asInt(),
                game.path("gameDuration").asLong(),
                true);
    }

    /** The client files bot-lane supports under lane BOTTOM with role DUO_SUPPORT; Lanelight calls them UTILITY. */
    static String role(JsonNode timeline) {
        String lane = timeline.path("lane").asText().toUpperCase(Locale.ROOT);
        String role = timeline.path("role").asText().toUpperCase(Locale.ROOT);
        return switch (lane) {
            case "TOP", "JUNGLE" -> lane;
            case "MIDDLE", "MID" -> "MIDDLE";
            case "BOTTOM", "BOT" -> "DUO_SUPPORT".equals(role) ? "UTILITY" : "BOTTOM";
            default -> "";
        };
    }
}
