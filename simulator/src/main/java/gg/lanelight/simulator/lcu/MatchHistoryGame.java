package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.game.Participant;
import gg.lanelight.simulator.game.RecordedGame;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds the LCU match-history entry of the recorded game for one player, in the shape of the bundled history
 * game: stats keys that match-v5 spells the same way are copied, a few renamed ones are mapped, the rest are
 * zero or false.
 */
final class MatchHistoryGame {

    private static final Map<String, String> RENAMED_STATS = Map.of(
            "magicalDamageTaken", "magicDamageTaken",
            "totalTimeCrowdControlDealt", "totalTimeCCDealt",
            "neutralMinionsKilledTeamJungle", "totalAllyJungleMinionsKilled",
            "neutralMinionsKilledEnemyJungle", "totalEnemyJungleMinionsKilled");

    private MatchHistoryGame() {}

    /** @param template one game of the bundled history, used for its key set; not modified */
    static ObjectNode build(JsonNode template, RecordedGame game, Participant player) {
        ObjectNode entry = template.deepCopy();
        JsonNode info = game.info();
        entry.put("gameCreation", info.path("gameCreation").asLong());
        entry.put(
                "gameCreationDate",
                Instant.ofEpochMilli(info.path("gameCreation").asLong()).toString());
        entry.put("gameDuration", info.path("gameDuration").asInt());
        entry.put("gameId", game.gameId());
        entry.put("gameMode", info.path("gameMode").asText());
        entry.put("gameType", info.path("gameType").asText());
        entry.put("gameVersion", info.path("gameVersion").asText());
        entry.put("mapId", info.path("mapId").asInt());
        entry.put("platformId", info.path("platformId").asText());
        entry.put("queueId", game.queueId());
        fillIdentity((ObjectNode) entry.path("participantIdentities").get(0), player);
        fillParticipant((ObjectNode) entry.path("participants").get(0), player);
        return entry;
    }

    private static void fillIdentity(ObjectNode identity, Participant player) {
        identity.put("participantId", player.participantId());
        ObjectNode account = (ObjectNode) identity.get("player");
        account.put("gameName", player.gameName());
        account.put("tagLine", player.tagLine());
        account.put("puuid", player.puuid());
        account.put("summonerId", player.summonerId());
        account.put("profileIcon", player.stats().path("profileIcon").asInt());
    }

    private static void fillParticipant(ObjectNode participant, Participant player) {
        participant.put("championId", player.championId());
        participant.put("participantId", player.participantId());
        participant.put("spell1Id", player.spell1Id());
        participant.put("spell2Id", player.spell2Id());
        participant.put("teamId", player.teamId());
        ObjectNode timeline = (ObjectNode) participant.get("timeline");
        timeline.put("participantId", player.participantId());
        timeline.put("lane", player.stats().path("lane").asText());
        timeline.put("role", player.stats().path("role").asText());
        fillStats((ObjectNode) participant.get("stats"), player);
    }

    private static void fillStats(ObjectNode stats, Participant player) {
        JsonNode source = player.stats();
        Iterator<String> keys = stats.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            JsonNode value = source.get(RENAMED_STATS.getOrDefault(key, key));
            JsonNode current = stats.get(key);
            stats.set(key, value != null && value.isValueNode() ? value : zeroLike(current));
        }
        stats.put("participantId", player.participantId());
        fillPerks(stats, source.path("perks"));
    }

    private static JsonNode zeroLike(JsonNode current) {
        if (current.isBoolean()) {
            return BooleanNode.FALSE;
        }
        return current.isTextual() ? current : IntNode.valueOf(0);
    }

    private static void fillPerks(ObjectNode stats, JsonNode perks) {
        ArrayNode styles = (ArrayNode) perks.path("styles");
        int slot = 0;
        for (JsonNode style : styles) {
            for (JsonNode selection : style.path("selections")) {
                stats.put("perk" + slot, selection.path("perk").asInt());
                stats.put("perk" + slot + "Var1", selection.path("var1").asInt());
                stats.put("perk" + slot + "Var2", selection.path("var2").asInt());
                stats.put("perk" + slot + "Var3", selection.path("var3").asInt());
                slot++;
            }
        }
        stats.put("perkPrimaryStyle", styles.path(0).path("style").asInt());
        stats.put("perkSubStyle", styles.path(1).path("style").asInt());
    }
}
