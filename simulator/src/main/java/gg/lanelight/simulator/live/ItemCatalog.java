package gg.lanelight.simulator.live;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.Json;
import java.util.Set;

/** Item names and prices from the Data Dragon item data bundled in the assets module. Immutable. */
public final class ItemCatalog {

    static final String RESOURCE = "gg/lanelight/assets/ddragon/item.trimmed.json";

    /** Potions, elixirs and control wards: used up, and they stack in one slot. */
    private static final Set<Integer> CONSUMABLES =
            Set.of(2003, 2010, 2031, 2033, 2055, 2138, 2139, 2140, 2150, 2151, 2152);

    private static final Set<Integer> TRINKETS = Set.of(3340, 3363, 3364);

    private final JsonNode items;

    public ItemCatalog() {
        this(Json.resource(RESOURCE).path("data"));
    }

    ItemCatalog(JsonNode items) {
        this.items = items;
    }

    /**
     * The item's name; the bundled data is an older French-locale season, so items it lacks (starters, potions,
     * trinkets, newer items) show a generic name and a price of 0.
     */
    public String name(int itemId) {
        JsonNode item = items.get(Integer.toString(itemId));
        return item == null ? "Item " + itemId : item.path("name").asText();
    }

    /** Total price in gold, 0 when unknown. */
    public int price(int itemId) {
        return items.path(Integer.toString(itemId)).path("gold").path("total").asInt(0);
    }

    public boolean consumable(int itemId) {
        return CONSUMABLES.contains(itemId);
    }

    public boolean trinket(int itemId) {
        return TRINKETS.contains(itemId);
    }
}
