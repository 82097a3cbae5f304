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
 * Derives each participant's item path, start items, boots, skill max order and gold at 15 minutes from a timeline-v5
 * tree. An {@code ITEM_UNDO} cancels that participant's latest purchase of its {@code beforeId}. Thread-safe.
 */
final class TimelineParser {
    /** Purchases before this game time (ms) are the start items. */
    static final long START_ITEMS_BEFORE_MS = 60_000;

    private static final long LANE_PHASE_END_MS = 15 * 60_000;
    private static final int CORE_SIZE = 3;

    private final ItemCatalog items;

    TimelineParser(ItemCatalog items) {
        this.items = items;
    }

    /** Participant id → what its timeline says, for every participant with at least one purchase or level-up. */
    Map<Integer, TimelineFacts> facts(JsonNode root) throws RejectedRecordException {
        JsonNode info = requiredObject(root, "info", "", SkipReason.MISSING_INFO);
        Map<Integer, ParticipantTimeline> timelines = new TreeMap<>();
        Map<Integer, Integer> goldAt15 = new TreeMap<>();
        for (JsonNode frame : requiredArray(info, "frames", "info.")) {
            for (JsonNode event : frame.path("events")) {
                apply(event, timelines);
            }
            if (goldAt15.isEmpty() && frame.path("timestamp").asLong(0) >= LANE_PHASE_END_MS) {
                frame.path("participantFrames")
                        .forEach(participant -> goldAt15.put(
                                participant.path("participantId").asInt(0),
                                participant.path("totalGold").asInt(0)));
            }
        }
        Map<Integer, TimelineFacts> facts = new TreeMap<>();
        timelines.forEach((participantId, timeline) ->
                facts.put(participantId, timeline.facts(items, goldAt15.get(participantId))));
        return facts;
    }

    /** Participant id → its first 3 completed items in purchase order (fewer when fewer were bought). */
    Map<Integer, List<Integer>> coreItems(JsonNode root) throws RejectedRecordException {
        Map<Integer, List<Integer>> cores = new TreeMap<>();
        facts(root).forEach((participantId, facts) -> cores.put(participantId, facts.coreItems()));
        return cores;
    }

    private static void apply(JsonNode event, Map<Integer, ParticipantTimeline> timelines) {
        int participantId = event.path("participantId").asInt(0);
        if (participantId <= 0) {
            return;
        }
        ParticipantTimeline timeline = timelines.computeIfAbsent(participantId, id -> new ParticipantTimeline());
        switch (event.path("type").asText()) {
            case "ITEM_PURCHASED" ->
                timeline.bought(
                        event.path("itemId").asInt(), event.path("timestamp").asLong(0));
            case "ITEM_UNDO" -> timeline.undo(event.path("beforeId").asInt());
            case "SKILL_LEVEL_UP" -> {
                if (event.path("levelUpType").asText("NORMAL").equals("NORMAL")) {
                    timeline.skillLevelled(event.path("skillSlot").asInt(0));
                }
            }
            default -> {}
        }
    }

    /** One participant's purchases and skill points, in event order. */
    private static final class ParticipantTimeline {
        private static final String SKILL_KEYS = "QWE";
        private static final int MAX_SKILL_RANK = 5;

        private final List<long[]> purchases = new ArrayList<>();
        private final int[] skillRanks = new int[3];
        private final int[] maxedAtPoint = new int[3];
        private int skillPoints;

        void bought(int itemId, long timestampMs) {
            purchases.add(new long[] {itemId, timestampMs});
        }

        void undo(int itemId) {
            for (int index = purchases.size() - 1; index >= 0; index--) {
                if (purchases.get(index)[0] == itemId) {
                    purchases.remove(index);
                    return;
                }
            }
        }

        void skillLevelled(int slot) {
            skillPoints++;
            if (slot >= 1 && slot <= 3) {
                skillRanks[slot - 1]++;
                if (skillRanks[slot - 1] == MAX_SKILL_RANK) {
                    maxedAtPoint[slot - 1] = skillPoints;
                }
            }
        }

        TimelineFacts facts(ItemCatalog items, Integer goldAt15) {
            List<Integer> core = new ArrayList<>(CORE_SIZE);
            List<Integer> start = new ArrayList<>();
            Integer boots = null;
            for (long[] purchase : purchases) {
                int itemId = (int) purchase[0];
                if (purchase[1] < START_ITEMS_BEFORE_MS) {
                    start.add(itemId);
                }
                if (boots == null && items.isTierTwoBoots(itemId)) {
                    boots = itemId;
                }
                if (items.isCompleted(itemId) && !core.contains(itemId) && core.size() < CORE_SIZE) {
                    core.add(itemId);
                }
            }
            return new TimelineFacts(List.copyOf(core), List.copyOf(start), boots, skillOrder(), goldAt15);
        }

        /** Maxed skills by when they were maxed; the others after them by points spent, then Q before W before E. */
        private String skillOrder() {
            if (skillRanks[0] + skillRanks[1] + skillRanks[2] == 0) {
                return null;
            }
            List<Integer> slots = new ArrayList<>(List.of(0, 1, 2));
            slots.sort((left, right) -> {
                int leftMaxed = maxedAtPoint[left] == 0 ? Integer.MAX_VALUE : maxedAtPoint[left];
                int rightMaxed = maxedAtPoint[right] == 0 ? Integer.MAX_VALUE : maxedAtPoint[right];
                if (leftMaxed != rightMaxed) {
                    return Integer.compare(leftMaxed, rightMaxed);
                }
                return skillRanks[left] != skillRanks[right]
                        ? Integer.compare(skillRanks[right], skillRanks[left])
                        : Integer.compare(left, right);
            });
            StringBuilder order = new StringBuilder(3);
            slots.forEach(slot -> order.append(SKILL_KEYS.charAt(slot)));
            return order.toString();
        }
    }
}
