package gg.lanelight.app.staticdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the Data Dragon files (and the small supplements beside them) from the assets on the classpath. */
final class BundledFiles {

    static final String FOLDER = "/gg/lanelight/assets/ddragon/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Integer, String> championNames = new HashMap<>();
    private final Map<String, Integer> championIdsByName = new HashMap<>();
    private final Map<Integer, ItemInfo> items = new HashMap<>();
    private final Map<Integer, String> perkNames = new HashMap<>();
    private final Map<Integer, String> runeStyleNames = new HashMap<>();
    private final Map<Integer, String> summonerSpellNames = new HashMap<>();

    static StaticData load() {
        BundledFiles files = new BundledFiles();
        files.readChampions(read("champion.trimmed.json"));
        files.readChampions(read("champion.supplement.json"));
        files.readItems(read("item.trimmed.json"));
        files.readRuneTrees(read("runesReforged.trimmed.json"));
        files.readNamedIds(read("stat-shards.json").path("shards"), files.perkNames);
        files.readNamedIds(read("summoner-spells.json").path("spells"), files.summonerSpellNames);
        return files.toStaticData();
    }

    /** The key under which a champion is found by name: letters and digits only, lower case ("Kog'Maw" → "kogmaw"). */
    static String championLookupKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private StaticData toStaticData() {
        return new StaticData(championNames, championIdsByName, items, perkNames, runeStyleNames, summonerSpellNames);
    }

    private static JsonNode read(String fileName) {
        String path = FOLDER + fileName;
        try (InputStream in = BundledFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The bundled game data file " + path
                        + " is missing; reinstall Lanelight (the assets jar is" + " incomplete).");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled game data file " + path + " cannot be read: " + e, e);
        }
    }

    private void readChampions(JsonNode file) {
        for (JsonNode champion : file.path("data")) {
            int championId = Integer.parseInt(champion.path("key").asText());
            String name = champion.path("name").asText();
            championNames.put(championId, name);
            championIdsByName.put(championLookupKey(name), championId);
            championIdsByName.put(championLookupKey(champion.path("id").asText()), championId);
        }
    }

    private void readItems(JsonNode file) {
        file.path("data").fields().forEachRemaining(entry -> {
            int itemId = Integer.parseInt(entry.getKey());
            items.put(itemId, toItem(itemId, entry.getValue()));
        });
    }

    private static ItemInfo toItem(int itemId, JsonNode item) {
        JsonNode gold = item.path("gold");
        int totalGold = gold.path("total").asInt();
        boolean finalStep =
                item.path("into").isEmpty() && gold.path("purchasable").asBoolean();
        boolean completed = finalStep && (totalGold >= ItemInfo.COMPLETED_MIN_GOLD || isUpgradedBoots(item));
        return new ItemInfo(itemId, item.path("name").asText(), totalGold, completed);
    }

    /** Tier-2 boots build from the basic Boots (1001) and are a finished purchase despite costing under 2000. */
    private static boolean isUpgradedBoots(JsonNode item) {
        boolean boots = false;
        for (JsonNode tag : item.path("tags")) {
            boots |= "Boots".equals(tag.asText());
        }
        boolean fromBasicBoots = false;
        for (JsonNode component : item.path("from")) {
            fromBasicBoots |= ItemInfo.BASIC_BOOTS_ID == component.asInt();
        }
        return boots && fromBasicBoots;
    }

    private void readRuneTrees(JsonNode file) {
        for (JsonNode tree : file) {
            runeStyleNames.put(tree.path("id").asInt(), tree.path("name").asText());
            for (JsonNode slot : tree.path("slots")) {
                readNamedIds(slot.path("runes"), perkNames);
            }
        }
    }

    private void readNamedIds(JsonNode entries, Map<Integer, String> namesById) {
        for (JsonNode entry : entries) {
            namesById.put(entry.path("id").asInt(), entry.path("name").asText());
        }
    }
}
