package gg.lanelight.backend.ingest;

import static gg.lanelight.backend.ingest.JsonFields.requiredArray;
import static gg.lanelight.backend.ingest.JsonFields.requiredObject;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives each participant's first three completed items, in purchase order, from a timeline-v5 tree. An
 * {@code ITEM_UNDO} cancels that participant's latest purchase of its {@code beforeId}. Thread-safe.
 */
final class TimelineParser {
    private static final int CORE_SIZE = 3;

    private final ItemCatalog items;

    TimelineParser(ItemCatalog items) {
        this.items = items;
    }

    /** Participant id → its first 3 completed items in purchase order (fewer when fewer were bought). */
    Map<Integer, List<Integer>> coreItems(JsonNode root) throws RejectedRecordException {
        JsonNode info = requiredObject(root, "info", "", SkipReason.MISSING_INFO);
        Map<Integer, List<Integer>> purchases = new TreeMap<>();
        for (JsonNode frame : requiredArray(info, "frames", "info.")) {
            for (JsonNode event : frame.path("events")) {
                apply(event, purchases);
            }
        }
        Map<Integer, List<Integer>> cores = new TreeMap<>();
        purchases.forEach((participantId, bought) -> cores.put(participantId, firstCompleted(bought)));
        return cores;
    }

    private static void apply(JsonNode event, Map<Integer, List<Integer>> purchases) {
        int participantId = event.path("participantId").asInt(0);
        if (participantId <= 0) {
            return;
        }
        String type = event.path("type").asText();
        if (type.equals("ITEM_PURCHASED")) {
            purchases
                    .computeIfAbsent(participantId, id -> new ArrayList<>())
                    .add(event.path("itemId").asInt());
        } else if (type.equals("ITEM_UNDO")) {
            List<Integer> bought = purchases.getOrDefault(participantId, new ArrayList<>());
            int undone = bought.lastIndexOf(event.path("beforeId").asInt());
            if (undone >= 0) {
                bought.remove(undone);
            }
        }
    }

    private List<Integer> firstCompleted(List<Integer> bought) {
        List<Integer> core = new ArrayList<>(CORE_SIZE);
        for (int itemId : bought) {
            if (items.isCompleted(itemId) && !core.contains(itemId) && core.size() < CORE_SIZE) {
                core.add(itemId);
            }
        }
        return List.copyOf(core);
    }
}
