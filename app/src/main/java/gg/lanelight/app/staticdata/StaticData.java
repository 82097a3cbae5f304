package gg.lanelight.app.staticdata;

import java.util.Map;
import java.util.Optional;

/**
 * Names and facts about champions, items, runes and summoner spells, read once from the Data Dragon files bundled in
 * the assets module. Immutable and thread-safe; every lookup is a map read. Never returns null.
 */
public final class StaticData {

    private final Map<Integer, String> championNames;
    private final Map<Integer, ItemInfo> items;
    private final Map<Integer, String> perkNames;
    private final Map<Integer, String> runeStyleNames;
    private final Map<Integer, String> summonerSpellNames;

    StaticData(
            Map<Integer, String> championNames,
            Map<Integer, ItemInfo> items,
            Map<Integer, String> perkNames,
            Map<Integer, String> runeStyleNames,
            Map<Integer, String> summonerSpellNames) {
        this.championNames = Map.copyOf(championNames);
        this.items = Map.copyOf(items);
        this.perkNames = Map.copyOf(perkNames);
        this.runeStyleNames = Map.copyOf(runeStyleNames);
        this.summonerSpellNames = Map.copyOf(summonerSpellNames);
    }

    /** The data bundled on the classpath under {@code /gg/lanelight/assets/ddragon/}, loaded on first use. */
    public static StaticData bundled() {
        throw new UnsupportedOperationException("loading arrives in the next commit");
    }

    /** The champion's display name, e.g. "Kai'Sa" for 145; an unknown id gives "Champion <id>". */
    public String championName(int championId) {
        return championNames.getOrDefault(championId, "Champion " + championId);
    }

    /** The item, or empty when the bundled item file does not list the id. */
    public Optional<ItemInfo> item(int itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** The item's name; an unknown id gives "Item <id>". */
    public String itemName(int itemId) {
        return item(itemId).map(ItemInfo::name).orElse("Item " + itemId);
    }

    /** A rune's or stat shard's name, e.g. "Arcane Comet" for 8229; an unknown id gives "Rune <id>". */
    public String perkName(int perkId) {
        return perkNames.getOrDefault(perkId, "Rune " + perkId);
    }

    /** A rune tree's name, e.g. "Precision" for 8000; an unknown id gives "Rune tree <id>". */
    public String runeStyleName(int styleId) {
        return runeStyleNames.getOrDefault(styleId, "Rune tree " + styleId);
    }

    /** A summoner spell's name, e.g. "Flash" for 4; an unknown id gives "Spell <id>". */
    public String summonerSpellName(int spellId) {
        return summonerSpellNames.getOrDefault(spellId, "Spell " + spellId);
    }
}
