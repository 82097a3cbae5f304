package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineParserTest {
    private static final ItemCatalog ITEMS = ItemCatalog.bundled();

    @Test
    void anUndoneCompletedItemIsNotPartOfTheCore() throws Exception {
        List<Integer> completed = ITEMS.completedRiftItems().stream()
                .limit(4)
                .map(ItemCatalog.Item::id)
                .toList();
        ObjectNode timeline = TestData.MAPPER.createObjectNode();
        ArrayNode events =
                timeline.putObject("info").putArray("frames").addObject().putArray("events");
        purchase(events, completed.get(0));
        purchase(events, completed.get(1));
        events.addObject()
                .put("type", "ITEM_UNDO")
                .put("participantId", 3)
                .put("beforeId", completed.get(1))
                .put("afterId", 0);
        purchase(events, 2003);
        purchase(events, completed.get(2));
        purchase(events, completed.get(0));
        purchase(events, completed.get(3));

        Map<Integer, List<Integer>> cores = new TimelineParser(ITEMS).coreItems(timeline);

        assertEquals(Map.of(3, List.of(completed.get(0), completed.get(2), completed.get(3))), cores);
    }

    @Test
    void evolveLevelUpsDoNotCountAndAnUndoneStartItemIsGone() throws Exception {
        ObjectNode timeline = TestData.MAPPER.createObjectNode();
        ArrayNode events =
                timeline.putObject("info").putArray("frames").addObject().putArray("events");
        purchase(events, 1055).put("timestamp", 10_000);
        purchase(events, 2003).put("timestamp", 11_000);
        events.addObject()
                .put("type", "ITEM_UNDO")
                .put("participantId", 3)
                .put("beforeId", 2003)
                .put("timestamp", 12_000);
        purchase(events, 1001).put("timestamp", 61_000);
        for (int slot : new int[] {3, 3, 3, 3, 2, 2, 2, 2, 2, 1}) {
            levelUp(events, slot, "NORMAL");
        }
        for (int evolve = 0; evolve < 5; evolve++) {
            levelUp(events, 1, "EVOLVE");
        }

        TimelineFacts facts = new TimelineParser(ITEMS).facts(timeline).get(3);

        assertEquals(List.of(1055), facts.startItems());
        assertEquals("WEQ", facts.skillOrder(), "W reached rank 5 first; E (4 points) before Q (1 point)");
        assertEquals(null, facts.boots(), "1001 is not tier-2 boots");
        assertEquals(null, facts.goldAt15(), "the game has no frame at 15:00");
    }

    private static void levelUp(ArrayNode events, int slot, String type) {
        events.addObject()
                .put("type", "SKILL_LEVEL_UP")
                .put("participantId", 3)
                .put("skillSlot", slot)
                .put("levelUpType", type);
    }

    private static ObjectNode purchase(ArrayNode events, int itemId) {
        return events.addObject()
                .put("type", "ITEM_PURCHASED")
                .put("participantId", 3)
                .put("itemId", itemId);
    }
}
