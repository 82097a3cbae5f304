package gg.lanelight.simulator.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.game.DemoGame;
import gg.lanelight.simulator.game.Participant;
import gg.lanelight.simulator.game.RecordedGame;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InventoryReplayTest {

    private final RecordedGame game = DemoGame.load();
    private final ItemCatalog catalog = new ItemCatalog();
    private final InventoryReplay replay = new InventoryReplay(game, catalog);

    @Test
    void onlyTheStartingTrinketBeforeTheFirstPurchase() {
        List<InventoryReplay.Stack> start = replay.inventory(9, 0);

        assertEquals(1, start.size());
        assertTrue(catalog.trinket(start.get(0).itemId()));
    }

    @Test
    void finalInventoryHoldsTheMatchEndItems() {
        long end = (long) (game.durationSeconds() * 1000) + 1000;
        for (Participant player : game.participants()) {
            List<Integer> replayed = ids(replay.inventory(player.participantId(), end));
            List<Integer> expected = IntStream.rangeClosed(0, 6)
                    .map(slot -> player.stats().path("item" + slot).asInt())
                    .filter(id -> id != 0)
                    .sorted()
                    .boxed()
                    .toList();

            assertEquals(
                    expected, replayed.stream().sorted().toList(), "items of participant " + player.participantId());
        }
    }

    @Test
    void undoneUpgradeGivesItsComponentsBack() {
        JsonNode undo = firstUndoOfAPurchase();
        int participant = undo.path("participantId").asInt();
        int undoneItem = undo.path("beforeId").asInt();
        long time = undo.path("timestamp").asLong();

        List<Integer> before = ids(replay.inventory(participant, time - 1));
        List<Integer> after = ids(replay.inventory(participant, time));

        assertTrue(before.contains(undoneItem));
        assertFalse(after.contains(undoneItem));
        assertTrue(after.size() >= before.size(), "components return: " + before + " -> " + after);
    }

    @Test
    void potionsBoughtTogetherStackInOneSlot() {
        JsonNode opening = game.timeline().path("info").path("frames").get(1).path("events");
        List<JsonNode> potions = new ArrayList<>();
        opening.forEach(e -> {
            if (e.path("participantId").asInt() == 3 && e.path("itemId").asInt() == 2003) {
                potions.add(e);
            }
        });
        long lastPurchase = potions.get(potions.size() - 1).path("timestamp").asLong();

        List<InventoryReplay.Stack> stacks = replay.inventory(3, lastPurchase);

        assertTrue(stacks.contains(new InventoryReplay.Stack(2003, potions.size())), stacks.toString());
    }

    private JsonNode firstUndoOfAPurchase() {
        for (JsonNode frame : game.timeline().path("info").path("frames")) {
            for (JsonNode event : frame.path("events")) {
                if ("ITEM_UNDO".equals(event.path("type").asText())
                        && event.path("beforeId").asInt() != 0) {
                    return event;
                }
            }
        }
        throw new AssertionError("The fixture timeline has no undone purchase");
    }

    private static List<Integer> ids(List<InventoryReplay.Stack> stacks) {
        return stacks.stream().map(InventoryReplay.Stack::itemId).toList();
    }
}
