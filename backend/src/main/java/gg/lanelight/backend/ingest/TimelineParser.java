package gg.lanelight.backend.ingest;

import static gg.lanelight.backend.ingest.JsonFields.requiredArray;
import static gg.lanelight.backend.ingest.JsonFields.requiredObject;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives each participant's item path, start items, boots, skill max order and gold at 15 minutes from a timeline-v5
 * tree (records fed from memory; files are read by {@link RecordTreeReader}, which streams the frames). An
 * {@code ITEM_UNDO} cancels that participant's latest purchase of its {@code beforeId}. Thread-safe.
 */
final class TimelineParser {
    private final ItemCatalog items;

    TimelineParser(ItemCatalog items) {
        this.items = items;
    }

    /** Participant id → what its timeline says, for every participant with at least one purchase or level-up. */
    Map<Integer, TimelineFacts> facts(JsonNode root) throws RejectedRecordException {
        JsonNode info = requiredObject(root, "info", "", SkipReason.MISSING_INFO);
        TimelineAccumulator timeline = new TimelineAccumulator();
        for (JsonNode frame : requiredArray(info, "frames", "info.")) {
            frame.path("events").forEach(timeline::event);
            Map<Integer, Integer> totalGold = new HashMap<>();
            frame.path("participantFrames")
                    .forEach(participant -> totalGold.put(
                            participant.path("participantId").asInt(0),
                            participant.path("totalGold").asInt(0)));
            timeline.frame(frame.path("timestamp").asLong(0), totalGold);
        }
        return timeline.facts(items);
    }

    /** Participant id → its first 3 completed items in purchase order (fewer when fewer were bought). */
    Map<Integer, List<Integer>> coreItems(JsonNode root) throws RejectedRecordException {
        Map<Integer, List<Integer>> cores = new TreeMap<>();
        facts(root).forEach((participantId, facts) -> cores.put(participantId, facts.coreItems()));
        return cores;
    }

    ItemCatalog items() {
        return items;
    }
}
