package gg.lanelight.backend.ddragon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Data Dragon item data, and the rule that says which items count as "completed" for a core build.
 *
 * <p>An item is completed when it builds into nothing, is not boots, a consumable or a trinket, and costs at least
 * {@link #COMPLETED_MIN_GOLD} gold. Immutable and thread-safe.
 */
public final class ItemCatalog {
    /** Below this total cost an item with no upgrade path is a starter or a component, not a core item. */
    public static final int COMPLETED_MIN_GOLD = 1000;

    private static final Set<String> NOT_CORE_TAGS = Set.of("Boots", "Consumable", "Trinket");

    private final Map<Integer, Item> items;
    /** Bit sets by item id: ingest asks for every inventory slot of every participant, so no boxing or hashing. */
    private final BitSet completedIds = new BitSet();

    private final BitSet tierTwoBootsIds = new BitSet();

    private ItemCatalog(Map<Integer, Item> items) {
        this.items = items;
        for (Item item : items.values()) {
            if (item.id() >= 0) {
                completedIds.set(item.id(), item.isCompleted());
                tierTwoBootsIds.set(item.id(), item.isTierTwoBoots());
            }
        }
    }

    /** Reads the bundled item data ({@code gg/lanelight/assets/ddragon/item.trimmed.json}). */
    public static ItemCatalog bundled() {
        return fromJson(StaticDataFiles.read(StaticDataFiles.ITEMS));
    }

    /** Builds a catalog from an item.json document, with or without the {@code data} wrapper. */
    public static ItemCatalog fromJson(JsonNode root) {
        JsonNode data = root.has("data") ? root.get("data") : root;
        Map<Integer, Item> items = new TreeMap<>();
        data.properties().forEach(entry -> {
            if (entry.getKey().chars().allMatch(Character::isDigit)) {
                items.put(
                        Integer.parseInt(entry.getKey()),
                        Item.fromJson(Integer.parseInt(entry.getKey()), entry.getValue()));
            }
        });
        return new ItemCatalog(Map.copyOf(items));
    }

    /**
     * True when the item is a completed item; unknown ids (items newer than the bundled data) are not.
     *
     * <p>Known limitation: the bundled item data is from season 11, so completed items added since (e.g. 6610 in the
     * fixture game) never count, and such players' core builds are built from older items only or are missing.
     */
    public boolean isCompleted(int itemId) {
        return itemId >= 0 && completedIds.get(itemId);
    }

    /** True for boots built from other boots (e.g. 3006), not the plain 1001 boots; unknown ids are not. */
    public boolean isTierTwoBoots(int itemId) {
        return itemId >= 0 && tierTwoBootsIds.get(itemId);
    }

    /** The item, or null when the id is not in the bundled data. */
    public Item item(int itemId) {
        return items.get(itemId);
    }

    /** Every completed item available on Summoner's Rift, in ascending id order. */
    public List<Item> completedRiftItems() {
        List<Item> completed = new ArrayList<>();
        for (Item item : new TreeMap<>(items).values()) {
            if (item.isCompleted() && item.onSummonersRift() && item.purchasable()) {
                completed.add(item);
            }
        }
        return completed;
    }

    /** Tier-2 boots available on Summoner's Rift, in ascending id order. */
    public List<Item> riftBoots() {
        List<Item> boots = new ArrayList<>();
        for (Item item : new TreeMap<>(items).values()) {
            if (item.tags().contains("Boots")
                    && item.into().isEmpty()
                    && item.onSummonersRift()
                    && item.purchasable()) {
                boots.add(item);
            }
        }
        return boots;
    }

    /** One Data Dragon item: id, tags, total gold, components ({@code from}) and upgrades ({@code into}). */
    public record Item(
            int id,
            List<String> tags,
            int totalGold,
            boolean purchasable,
            List<Integer> from,
            List<Integer> into,
            boolean onSummonersRift) {

        static Item fromJson(int id, JsonNode node) {
            List<String> tags = new ArrayList<>();
            node.path("tags").forEach(tag -> tags.add(tag.asText()));
            return new Item(
                    id,
                    List.copyOf(tags),
                    node.path("gold").path("total").asInt(0),
                    node.path("gold").path("purchasable").asBoolean(true),
                    ids(node.path("from")),
                    ids(node.path("into")),
                    node.path("maps").path("11").asBoolean(true));
        }

        private static List<Integer> ids(JsonNode array) {
            List<Integer> ids = new ArrayList<>();
            array.forEach(id -> ids.add(id.asInt()));
            return List.copyOf(ids);
        }

        boolean isTierTwoBoots() {
            return tags.contains("Boots") && into.isEmpty() && !from.isEmpty();
        }

        boolean isCompleted() {
            return into.isEmpty()
                    && tags.stream().noneMatch(NOT_CORE_TAGS::contains)
                    && totalGold >= COMPLETED_MIN_GOLD;
        }
    }
}
