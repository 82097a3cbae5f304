package gg.lanelight.app.staticdata;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Names and facts about champions, items, runes and summoner spells, read once from the Data Dragon files bundled in
 * the assets module. Immutable and thread-safe; every lookup is a map read, fine on the JavaFX thread. Never returns
 * null; an unknown id gives a readable placeholder such as "Champion 999".
 *
 * <p>Sources: champions are Data Dragon 10.14.1 plus {@code champion.supplement.json} for the champions released
 * since; runes are Data Dragon 10.14.1 plus {@code stat-shards.json}; summoner spells are
 * {@code summoner-spells.json}.
 *
 * <p>Known limitation: champions released after the bundled supplement list (Yunara, mid 2025) show as "Champion
 * <id>" until the list is extended.
 */
public final class StaticData {

    private final Map<Integer, String> championNames;
    private final Map<String, Integer> championIdsByName;
    private final Map<Integer, ItemInfo> items;
    private final Map<Integer, String> perkNames;
    private final Map<Integer, String> runeStyleNames;
    private final Map<Integer, String> summonerSpellNames;

    StaticData(
            Map<Integer, String> championNames,
            Map<String, Integer> championIdsByName,
            Map<Integer, ItemInfo> items,
            Map<Integer, String> perkNames,
            Map<Integer, String> runeStyleNames,
            Map<Integer, String> summonerSpellNames) {
        this.championNames = Map.copyOf(championNames);
        this.championIdsByName = Map.copyOf(championIdsByName);
        this.items = Map.copyOf(items);
        this.perkNames = Map.copyOf(perkNames);
        this.runeStyleNames = Map.copyOf(runeStyleNames);
        this.summonerSpellNames = Map.copyOf(summonerSpellNames);
    }

    /**
     * The data bundled on the classpath under {@code /gg/lanelight/assets/ddragon/}, read on the first call (a few
     * milliseconds) and shared afterwards. Throws IllegalStateException if the assets jar is broken.
     */
    public static StaticData bundled() {
        return Bundled.INSTANCE;
    }

    /** The champion's display name, e.g. "Kai'Sa" for 145; an unknown id gives "Champion <id>". */
    public String championName(int championId) {
        return championNames.getOrDefault(championId, "Champion " + championId);
    }

    /**
     * The champion id for a name as the Live Client Data API and match data spell it: the display name ("Kog'Maw"),
     * the Data Dragon id ("KogMaw") or the raw name ("game_character_displayname_KogMaw"). Case and punctuation are
     * ignored. Empty when no bundled champion has that name.
     */
    public OptionalInt championIdByName(String name) {
        if (name == null) {
            return OptionalInt.empty();
        }
        String withoutRawPrefix = name.replaceFirst("^game_character_displayname_", "");
        Integer championId = championIdsByName.get(BundledFiles.championLookupKey(withoutRawPrefix));
        return championId == null ? OptionalInt.empty() : OptionalInt.of(championId);
    }

    /**
     * The item, or empty when the bundled item file does not list the id.
     *
     * <p>Known limitation: the bundled item file is French-locale season-11 Data Dragon data, so item names are French
     * and items added since season 11 are unknown (shown as "Item <id>").
     */
    public Optional<ItemInfo> item(int itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** The item's name; an unknown id gives "Item <id>". */
    public String itemName(int itemId) {
        return item(itemId).map(ItemInfo::name).orElse("Item " + itemId);
    }

    /**
     * A rune's or stat shard's name, e.g. "Arcane Comet" for 8229; an unknown id gives "Rune <id>".
     *
     * <p>Known limitation: rune names come from Data Dragon 10.14.1, so runes renamed since then show their 2020 name.
     */
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

    /** Holder so the files are read once, on first use, without locking afterwards. */
    private static final class Bundled {
        static final StaticData INSTANCE = BundledFiles.load();
    }
}
