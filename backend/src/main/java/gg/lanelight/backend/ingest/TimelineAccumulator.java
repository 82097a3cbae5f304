package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects one timeline's item and skill events and the gold at 15 minutes, fed event by event (from a tree or from
 * a streaming read), then gives each participant's {@link TimelineFacts}. Not thread-safe: one per timeline.
 */
final class TimelineAccumulator {
    /** Purchases before this game time (ms) are the start items. */
    static final long START_ITEMS_BEFORE_MS = 60_000;

    private static final long LANE_PHASE_END_MS = 15 * 60_000;
    private static final int CORE_SIZE = 3;

    private final Map<Integer, ParticipantTimeline> timelines = new TreeMap<>();
    private Map<Integer, Integer> goldAt15;

    /** One event object: ITEM_PURCHASED, ITEM_UNDO and SKILL_LEVEL_UP count, every other type is ignored. */
    void event(JsonNode event) {
        Event fields = new Event();
        fields.type = event.path("type").asText();
        fields.participantId = event.path("participantId").asInt(0);
        fields.itemId = event.path("itemId").asInt(0);
        fields.beforeId = event.path("beforeId").asInt(0);
        fields.skillSlot = event.path("skillSlot").asInt(0);
        fields.levelUpType = event.path("levelUpType").asText("NORMAL");
        fields.timestampMs = event.path("timestamp").asLong(0);
        event(fields);
    }

    void event(Event event) {
        if (event.participantId <= 0 || event.type == null) {
            return;
        }
        switch (event.type) {
            case "ITEM_PURCHASED" -> timeline(event.participantId).bought(event.itemId, event.timestampMs);
            case "ITEM_UNDO" -> timeline(event.participantId).undo(event.beforeId);
            case "SKILL_LEVEL_UP" -> {
                if (event.levelUpType == null || event.levelUpType.equals("NORMAL")) {
                    timeline(event.participantId).skillLevelled(event.skillSlot);
                }
            }
            default -> {}
        }
    }

    /** The event fields that count; absent numbers stay 0, an absent level-up type (null) counts as NORMAL. */
    static final class Event {
        String type;
        int participantId;
        int itemId;
        int beforeId;
        int skillSlot;
        String levelUpType;
        long timestampMs;
    }

    /**
     * False when the frame at {@code frameIndex} cannot be the first at or after 15:00, so a streaming reader can skip
     * its participant frames (frames come every {@code frameIntervalMs}, each a little after its nominal time).
     */
    boolean mayBeLanePhaseEnd(int frameIndex, long frameIntervalMs) {
        // Divided rather than multiplied: a huge interval (up to 18 digits are read) would overflow the product.
        return goldAt15 == null && frameIndex + 1L > LANE_PHASE_END_MS / frameIntervalMs;
    }

    /** A frame's total gold by participant id; the first frame at or after 15:00 is kept. */
    void frame(long timestampMs, Map<Integer, Integer> totalGold) {
        if (goldAt15 == null && timestampMs >= LANE_PHASE_END_MS) {
            goldAt15 = totalGold;
        }
    }

    private ParticipantTimeline timeline(int participantId) {
        return timelines.computeIfAbsent(participantId, id -> new ParticipantTimeline());
    }

    /** Participant id → facts, for every participant with at least one purchase or level-up. */
    Map<Integer, TimelineFacts> facts(ItemCatalog items) {
        Map<Integer, TimelineFacts> facts = new TreeMap<>();
        Map<Integer, Integer> gold = goldAt15 == null ? Map.of() : goldAt15;
        timelines.forEach(
                (participantId, timeline) -> facts.put(participantId, timeline.facts(items, gold.get(participantId))));
        return facts;
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
