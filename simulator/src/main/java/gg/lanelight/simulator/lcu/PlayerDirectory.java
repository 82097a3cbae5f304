package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.game.Participant;
import gg.lanelight.simulator.game.RecordedGame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32;

/**
 * Summoner profiles, ranked stats and match histories of the players the simulated client knows: the logged-in
 * summoner and the ten players of the recorded game. Thread-safe (immutable apart from the game-played flag it
 * reads).
 */
public final class PlayerDirectory {

    private static final String BASE = "gg/lanelight/simulator/lcu/";
    private static final List<String> TIERS =
            List.of("IRON", "BRONZE", "SILVER", "GOLD", "PLATINUM", "EMERALD", "DIAMOND");
    private static final List<String> DIVISIONS = List.of("IV", "III", "II", "I");

    private final RecordedGame game;
    private final BooleanSupplier gamePlayed;
    private final JsonNode currentSummoner = Json.resource(BASE + "current-summoner.json");
    private final JsonNode otherSummoner = Json.resource(BASE + "summoner-by-puuid.json");
    private final JsonNode ownRanked = Json.resource(BASE + "ranked-stats.json");
    private final JsonNode ownHistory = Json.resource(BASE + "match-history.json");

    public PlayerDirectory(RecordedGame game, BooleanSupplier gamePlayed) {
        this.game = game;
        this.gamePlayed = gamePlayed;
    }

    public String localPuuid() {
        return currentSummoner.path("puuid").asText();
    }

    public JsonNode currentSummoner() {
        return currentSummoner.deepCopy();
    }

    /** A known player's profile, empty for a puuid the client has never seen. */
    public Optional<JsonNode> summoner(String puuid) {
        if (puuid.equals(localPuuid())) {
            return Optional.of(currentSummoner());
        }
        return game.byPuuid(puuid).map(this::profile);
    }

    private JsonNode profile(Participant player) {
        ObjectNode profile = otherSummoner.deepCopy();
        profile.put("accountId", player.summonerId());
        profile.put("summonerId", player.summonerId());
        profile.put("puuid", player.puuid());
        profile.put("gameName", player.gameName());
        profile.put("displayName", player.gameName());
        profile.put("tagLine", player.tagLine());
        profile.put("summonerLevel", player.stats().path("summonerLevel").asInt());
        profile.put("profileIconId", player.stats().path("profileIcon").asInt());
        profile.put("privacy", "PUBLIC");
        return profile;
    }

    /** Ranked stats: the bundled ones for the local player, a rank derived from the puuid for others. */
    public Optional<JsonNode> rankedStats(String puuid) {
        if (puuid.equals(localPuuid())) {
            return Optional.of(ownRanked.deepCopy());
        }
        return game.byPuuid(puuid).map(player -> derivedRanked(player.puuid()));
    }

    private JsonNode derivedRanked(String puuid) {
        long seed = seed(puuid);
        ObjectNode stats = ownRanked.deepCopy();
        for (String queue : List.of("RANKED_SOLO_5x5", "RANKED_FLEX_SR")) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            rank((ObjectNode) stats.path("queueMap").get(queue), seed);
            for (JsonNode entry : stats.path("queues")) {
                if (queue.equals(entry.path("queueType").asText())) {
                    entry.fields()
                            .forEachRemaining(f -> ((ObjectNode) entry)
                                    .set(
                                            f.getKey(),
                                            stats.path("queueMap").path(queue).get(f.getKey())));
                }
            }
        }
        JsonNode solo = stats.path("queueMap").path("RANKED_SOLO_5x5");
        stats.set("highestRankedEntry", solo.deepCopy());
        stats.set("highestRankedEntrySR", solo.deepCopy());
        stats.put("highestCurrentSeasonReachedTierSR", solo.path("tier").asText());
        return stats;
    }

    private static void rank(ObjectNode entry, long seed) {
        long bits = seed >>> 16;
        String tier = TIERS.get((int) (bits % TIERS.size()));
        String division = DIVISIONS.get((int) ((bits >>> 8) % DIVISIONS.size()));
        int wins = 20 + (int) ((bits >>> 16) % 120);
        int losses = 20 + (int) ((bits >>> 24) % 120);
        entry.put("tier", tier);
        entry.put("division", division);
        entry.put("highestTier", tier);
        entry.put("highestDivision", division);
        entry.put("leaguePoints", (int) ((bits >>> 32) % 100));
        entry.put("wins", wins);
        entry.put("losses", losses);
        entry.put("isProvisional", false);
    }

    private static long seed(String puuid) {
        CRC32 crc = new CRC32();
        crc.update(puuid.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() * 2654435761L;
    }

    /**
     * Match history in the client's shape: the bundled games for the local player, none for others; the recorded
     * game is prepended once it has been played. The indexes (inclusive, null for 0 and 19) select the page.
     */
    public Optional<JsonNode> matchHistory(String puuid, String begIndex, String endIndex) {
        Optional<Participant> player = game.byPuuid(puuid);
        if (player.isEmpty() && !puuid.equals(localPuuid())) {
            return Optional.empty();
        }
        ObjectNode history = ownHistory.deepCopy();
        ArrayNode games = (ArrayNode) history.path("games").get("games");
        JsonNode template = games.get(0);
        boolean local = puuid.equals(localPuuid());
        if (!local) {
            games.removeAll();
            history.put("accountId", player.get().summonerId());
        }
        if (gamePlayed.getAsBoolean() && player.isPresent()) {
            games.insert(0, MatchHistoryGame.build(template, game, player.get()));
        }
        ObjectNode page = (ObjectNode) history.get("games");
        page.put("gameCount", games.size());
        MatchHistoryPage.slice(history, begIndex, endIndex);
        return Optional.of(history);
    }
}
