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

    private static void purchase(ArrayNode events, int itemId) {
        events.addObject().put("type", "ITEM_PURCHASED").put("participantId", 3).put("itemId", itemId);
    }
}
