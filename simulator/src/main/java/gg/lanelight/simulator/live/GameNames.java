package gg.lanelight.simulator.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * Display names the Live Client shows for champions, runes and summoner spells, from the Data Dragon data bundled in
 * the assets module. Immutable.
 */
public final class GameNames {

    private static final String DDRAGON = "gg/lanelight/assets/ddragon/";

    /** Summoner spell id → [display name, internal key]; the set of summoner spells is small and stable. */
    private static final Map<Integer, String[]> SPELLS = Map.ofEntries(
            Map.entry(1, new String[] {"Cleanse", "SummonerBoost"}),
            Map.entry(3, new String[] {"Exhaust", "SummonerExhaust"}),
            Map.entry(4, new String[] {"Flash", "SummonerFlash"}),
            Map.entry(6, new String[] {"Ghost", "SummonerHaste"}),
            Map.entry(7, new String[] {"Heal", "SummonerHeal"}),
            Map.entry(11, new String[] {"Smite", "SummonerSmite"}),
            Map.entry(12, new String[] {"Teleport", "SummonerTeleport"}),
            Map.entry(13, new String[] {"Clarity", "SummonerMana"}),
            Map.entry(14, new String[] {"Ignite", "SummonerDot"}),
            Map.entry(21, new String[] {"Barrier", "SummonerBarrier"}),
            Map.entry(32, new String[] {"Mark", "SummonerSnowball"}));

    private final JsonNode champions =
            Json.resource(DDRAGON + "champion.trimmed.json").path("data");
    private final Map<Integer, String> runes = new HashMap<>();

    public GameNames() {
        for (JsonNode tree : Json.resource(DDRAGON + "runesReforged.trimmed.json")) {
            runes.put(tree.path("id").asInt(), tree.path("name").asText());
            for (JsonNode slot : tree.path("slots")) {
                slot.path("runes")
                        .forEach(r ->
                                runes.put(r.path("id").asInt(), r.path("name").asText()));
            }
        }
    }

    /** "Kai'Sa" for key "Kaisa"; champions newer than the bundled data keep their key as name. */
    public String championName(String championKey) {
        return champions.path(championKey).path("name").asText(championKey);
    }

    /** A rune or rune tree in the Live Client's {displayName, id, rawDescription, rawDisplayName} shape. */
    public ObjectNode rune(int id) {
        return Json.MAPPER
                .createObjectNode()
                .put("displayName", runes.getOrDefault(id, "Rune " + id))
                .put("id", id)
                .put("rawDescription", "perk_tooltip_" + id)
                .put("rawDisplayName", "perk_displayname_" + id);
    }

    /** A summoner spell in the Live Client's {displayName, rawDescription, rawDisplayName} shape. */
    public ObjectNode summonerSpell(int id) {
        String[] spell = SPELLS.getOrDefault(id, new String[] {"Summoner spell " + id, "Summoner" + id});
        return Json.MAPPER
                .createObjectNode()
                .put("displayName", spell[0])
                .put("rawDescription", "GeneratedTip_SummonerSpell_" + spell[1] + "_Description")
                .put("rawDisplayName", "GeneratedTip_SummonerSpell_" + spell[1] + "_DisplayName");
    }
}
