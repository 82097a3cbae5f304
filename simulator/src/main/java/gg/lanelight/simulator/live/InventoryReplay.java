package gg.lanelight.simulator.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Rebuilds a player's inventory at a game time from the timeline's ITEM_PURCHASED, ITEM_SOLD, ITEM_DESTROYED and
 * ITEM_UNDO events. An undone purchase gives back the components its purchase destroyed. Immutable; each call
 * replays from the start (30 frames make that cheap).
 */
public final class InventoryReplay {

    /** One inventory entry: consumables of the same id stack, everything else has count 1. */
    public record Stack(int itemId, int count) {}

    private final JsonNode timeline;
    private final ItemCatalog catalog;

    public InventoryReplay(JsonNode timeline, ItemCatalog catalog) {
        this.timeline = timeline;
        this.catalog = catalog;
    }

    /** The items of {@code participantId} after every item event at or before {@code gameMillis}, in buy order. */
    public List<Stack> inventory(int participantId, long gameMillis) {
        List<Integer> items = new ArrayList<>();
        Deque<Purchase> purchases = new ArrayDeque<>();
        for (JsonNode frame : timeline.path("info").path("frames")) {
            for (JsonNode event : frame.path("events")) {
                if (event.path("timestamp").asLong() > gameMillis) {
                    return stacks(items);
                }
                if (event.path("participantId").asInt() == participantId) {
                    apply(event, items, purchases);
                }
            }
        }
        return stacks(items);
    }

    private record Purchase(int itemId, long timestamp, List<Integer> consumed) {}

    private static void apply(JsonNode event, List<Integer> items, Deque<Purchase> purchases) {
        int itemId = event.path("itemId").asInt();
        long timestamp = event.path("timestamp").asLong();
        switch (event.path("type").asText()) {
            case "ITEM_PURCHASED" -> {
                items.add(itemId);
                purchases.push(new Purchase(itemId, timestamp, new ArrayList<>()));
            }
            case "ITEM_DESTROYED" -> {
                items.remove(Integer.valueOf(itemId));
                Purchase last = purchases.peek();
                if (last != null && last.timestamp() == timestamp) {
                    last.consumed().add(itemId);
                }
            }
            case "ITEM_SOLD" -> items.remove(Integer.valueOf(itemId));
            case "ITEM_UNDO" -> undo(event, items, purchases);
            default -> {
                // other event types do not change the inventory
            }
        }
    }

    private static void undo(JsonNode event, List<Integer> items, Deque<Purchase> purchases) {
        int removed = event.path("beforeId").asInt();
        int restored = event.path("afterId").asInt();
        if (removed != 0) {
            items.remove(Integer.valueOf(removed));
            purchases.stream().filter(p -> p.itemId() == removed).findFirst().ifPresent(p -> {
                items.addAll(p.consumed());
                purchases.remove(p);
            });
        }
        if (restored != 0) {
            items.add(restored);
        }
    }

    private List<Stack> stacks(List<Integer> items) {
        List<Stack> stacks = new ArrayList<>();
        for (int itemId : items) {
            int existing = indexOf(stacks, itemId);
            if (existing >= 0 && catalog.consumable(itemId)) {
                stacks.set(existing, new Stack(itemId, stacks.get(existing).count() + 1));
            } else {
                stacks.add(new Stack(itemId, 1));
            }
        }
        return stacks;
    }

    private static int indexOf(List<Stack> stacks, int itemId) {
        for (int i = 0; i < stacks.size(); i++) {
            if (stacks.get(i).itemId() == itemId) {
                return i;
            }
        }
        return -1;
    }
}
