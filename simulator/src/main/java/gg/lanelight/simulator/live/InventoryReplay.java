package gg.lanelight.simulator.live;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.game.RecordedGame;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds a player's inventory at a game time from the timeline's ITEM_PURCHASED, ITEM_SOLD, ITEM_DESTROYED and
 * ITEM_UNDO events. An undone purchase gives back the components its purchase destroyed; items that transform by
 * themselves become their upgrade, the support quest ending in the item the match lists at the end. Immutable; each call
 * replays from the start (30 frames make that cheap).
 */
public final class InventoryReplay {

    /** One inventory entry: consumables of the same id stack, everything else has count 1. */
    public record Stack(int itemId, int count) {}

    /**
     * Items that transform by themselves (support quest, fully stacked mana items): the timeline only shows the old
     * item destroyed.
     */
    private static final Map<Integer, Integer> SELF_UPGRADES =
            Map.of(3865, 3866, 3866, 3867, 3003, 3040, 3004, 3042, 3119, 3121);

    private static final int SUPPORT_QUEST_DONE = 3867;

    /**
     * Trinket swaps show up as unpaired destroy events, so the trinket slot simply holds the last trinket bought, or
     * the Stealth Ward every player starts with.
     */
    private static final Set<Integer> TRINKETS = Set.of(3340, 3363, 3364);

    private static final int STARTING_TRINKET = 3340;

    private static final String POSSESSING_CHAMPION = "Viego";

    private static final int POSSESSION_MIN_ITEMS = 2;
    private static final Set<Integer> SUPPORT_FINAL_ITEMS = Set.of(3869, 3870, 3871, 3876, 3877);

    private final JsonNode timeline;
    private final ItemCatalog catalog;
    private final RecordedGame game;

    public InventoryReplay(RecordedGame game, ItemCatalog catalog) {
        this.timeline = game.timeline();
        this.catalog = catalog;
        this.game = game;
    }

    /** What a completed support quest turns into: the player's choice, known from the match's final items. */
    private int supportChoice(int participantId) {
        JsonNode stats = game.participant(participantId).stats();
        for (int slot = 0; slot <= 6; slot++) {
            int itemId = stats.path("item" + slot).asInt();
            if (SUPPORT_FINAL_ITEMS.contains(itemId)) {
                return itemId;
            }
        }
        return SUPPORT_QUEST_DONE;
    }

    /** The items of {@code participantId} after every item event at or before {@code gameMillis}, in buy order. */
    public List<Stack> inventory(int participantId, long gameMillis) {
        Replay replay = new Replay(supportChoice(participantId));
        boolean possessor =
                POSSESSING_CHAMPION.equals(game.participant(participantId).championKey());
        for (List<JsonNode> moment : moments(participantId, gameMillis)) {
            if (!(possessor && isPossession(moment))) {
                moment.forEach(replay::apply);
            }
        }
        return stacks(replay.items, replay.trinket);
    }

    /** The player's item events up to a time, grouped by timestamp. */
    private List<List<JsonNode>> moments(int participantId, long gameMillis) {
        List<List<JsonNode>> moments = new ArrayList<>();
        long previous = -1;
        for (JsonNode frame : timeline.path("info").path("frames")) {
            for (JsonNode event : frame.path("events")) {
                long timestamp = event.path("timestamp").asLong();
                if (timestamp > gameMillis) {
                    return moments;
                }
                if (event.path("participantId").asInt() == participantId && event.has("type")) {
                    if (timestamp != previous || moments.isEmpty()) {
                        moments.add(new ArrayList<>());
                        previous = timestamp;
                    }
                    moments.get(moments.size() - 1).add(event);
                }
            }
        }
        return moments;
    }

    /**
     * Viego's possessions show as whole inventories (his own, then his victim's) destroyed at one moment with nothing
     * bought; skipping them keeps Viego's own items, so while he possesses someone the simulator still shows his own
     * build.
     */
    private static boolean isPossession(List<JsonNode> moment) {
        long destroyed = moment.stream()
                .filter(e -> "ITEM_DESTROYED".equals(e.path("type").asText()))
                .count();
        boolean bought = moment.stream()
                .anyMatch(e -> e.path("type").asText().startsWith("ITEM_PURCHASED")
                        || "ITEM_UNDO".equals(e.path("type").asText()));
        return destroyed >= POSSESSION_MIN_ITEMS && !bought;
    }

    /**
     * The replay of one player's item events. The timeline lists the events of one moment in no reliable order:
     * an upgrade's components may be destroyed just before or after the purchase, and an elixir drunk at once is
     * destroyed before it is bought; events that share a timestamp are therefore matched up.
     */
    private static final class Replay {

        private final List<Integer> items = new ArrayList<>();
        private final Deque<Purchase> purchases = new ArrayDeque<>();
        private final List<Integer> destroyedNow = new ArrayList<>();
        private final List<Integer> destroyedBeforeBought = new ArrayList<>();
        private final int supportChoice;
        private int trinket = STARTING_TRINKET;
        private long now = -1;

        Replay(int supportChoice) {
            this.supportChoice = supportChoice;
        }

        void apply(JsonNode event) {
            long timestamp = event.path("timestamp").asLong();
            if (timestamp != now) {
                now = timestamp;
                destroyedNow.clear();
                destroyedBeforeBought.clear();
            }
            int itemId = event.path("itemId").asInt();
            switch (event.path("type").asText()) {
                case "ITEM_PURCHASED" -> purchase(itemId);
                case "ITEM_DESTROYED" -> destroy(itemId);
                case "ITEM_SOLD" -> items.remove(Integer.valueOf(itemId));
                case "ITEM_UNDO" ->
                    undo(event.path("beforeId").asInt(), event.path("afterId").asInt());
                default -> {
                    // other event types do not change the inventory
                }
            }
        }

        private void purchase(int itemId) {
            if (TRINKETS.contains(itemId)) {
                trinket = itemId;
                return;
            }
            if (destroyedBeforeBought.remove(Integer.valueOf(itemId))) {
                return;
            }
            items.add(itemId);
            purchases.push(new Purchase(itemId, now, new ArrayList<>(destroyedNow)));
            destroyedNow.clear();
        }

        private void destroy(int itemId) {
            if (TRINKETS.contains(itemId)) {
                return;
            }
            if (!items.remove(Integer.valueOf(itemId))) {
                destroyedBeforeBought.add(itemId);
                return;
            }
            if (SELF_UPGRADES.containsKey(itemId) || itemId == SUPPORT_QUEST_DONE) {
                items.add(SELF_UPGRADES.getOrDefault(itemId, supportChoice));
                return;
            }
            Purchase last = purchases.peek();
            if (last != null && last.timestamp() == now) {
                last.consumed().add(itemId);
            } else {
                destroyedNow.add(itemId);
            }
        }

        private void undo(int removed, int restored) {
            if (removed != 0) {
                items.remove(Integer.valueOf(removed));
                purchases.stream()
                        .filter(p -> p.itemId() == removed)
                        .findFirst()
                        .ifPresent(p -> {
                            items.addAll(p.consumed());
                            purchases.remove(p);
                        });
            }
            if (restored != 0) {
                items.add(restored);
            }
        }
    }

    private record Purchase(int itemId, long timestamp, List<Integer> consumed) {}

    private List<Stack> stacks(List<Integer> items, int trinket) {
        List<Stack> stacks = new ArrayList<>();
        for (int itemId : items) {
            int existing = indexOf(stacks, itemId);
            if (existing >= 0 && catalog.consumable(itemId)) {
                stacks.set(existing, new Stack(itemId, stacks.get(existing).count() + 1));
            } else {
                stacks.add(new Stack(itemId, 1));
            }
        }
        stacks.add(new Stack(trinket, 1));
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
