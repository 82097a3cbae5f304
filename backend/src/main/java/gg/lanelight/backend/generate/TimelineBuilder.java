package gg.lanelight.backend.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a timeline-v5 for a generated match: one frame a minute with participant frames, the item events that
 * build each player's inventory (starters, components, completions, the odd undo) and GAME_END. Thread-safe.
 */
final class TimelineBuilder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int FRAME_MS = 60_000;

    private final ItemCatalog items;

    TimelineBuilder(ItemCatalog items) {
        this.items = items;
    }

    static int starterItem(PlayerSlot slot) {
        if (slot.role == Role.JUNGLE) {
            return 1035;
        }
        if (slot.role == Role.UTILITY) {
            return 3850;
        }
        return switch (slot.plan.championClass()) {
            case MAGE, SUPPORT -> 1056;
            case TANK -> 1054;
            default -> 1055;
        };
    }

    ObjectNode timeline(
            String matchId,
            long gameId,
            long start,
            int duration,
            List<PlayerSlot> slots,
            boolean blueWins,
            SplittableRandom random) {
        List<ObjectNode> events = new ArrayList<>();
        for (PlayerSlot slot : slots) {
            itemEvents(slot, duration, random, events);
        }
        events.sort(Comparator.comparingLong(event -> event.get("timestamp").asLong()));

        ObjectNode root = MatchGenerator.withMetadata(matchId, slots);
        ObjectNode info = root.putObject("info");
        info.put("endOfGameResult", "GameComplete");
        info.put("frameInterval", FRAME_MS);
        info.set("frames", frames(events, slots, start, duration, gameId, blueWins, random));
        info.put("gameId", gameId);
        ArrayNode participants = info.putArray("participants");
        for (PlayerSlot slot : slots) {
            participants.addObject().put("participantId", slot.participantId).put("puuid", slot.puuid);
        }
        return root;
    }

    /** Purchases spread over the game: starter, then each completed item's components and the item itself. */
    private void itemEvents(PlayerSlot slot, int duration, SplittableRandom random, List<ObjectNode> events) {
        long time = 5_000 + random.nextInt(30_000);
        events.add(purchase(slot, starterItem(slot), time));
        events.add(purchase(slot, 2003, time + 300));
        events.add(purchase(slot, 3340, time + 600));
        List<Integer> finished = new ArrayList<>(slot.completedItems);
        finished.add(Math.min(1, finished.size()), slot.plan.boots());
        long step = (duration * 1000L - 120_000) / (finished.size() + 1);
        for (int index = 0; index < finished.size(); index++) {
            long completedAt = 120_000 + step * (index + 1) + random.nextInt(20_000);
            buildItem(slot, finished.get(index), completedAt, step, random, events);
        }
    }

    private void buildItem(
            PlayerSlot slot,
            int itemId,
            long completedAt,
            long step,
            SplittableRandom random,
            List<ObjectNode> events) {
        ItemCatalog.Item item = items.item(itemId);
        List<Integer> components = item == null ? List.of() : item.from();
        long componentTime = completedAt - step / 2;
        for (int component : components) {
            events.add(purchase(slot, component, componentTime));
            if (random.nextDouble() < 0.05) {
                events.add(undo(slot, component, componentTime + 2_000));
                events.add(purchase(slot, component, componentTime + 4_000));
            }
            componentTime += 1_000;
        }
        events.add(purchase(slot, itemId, completedAt));
        for (int component : components) {
            events.add(itemEvent(slot, "ITEM_DESTROYED", completedAt).put("itemId", component));
        }
    }

    private static ObjectNode purchase(PlayerSlot slot, int itemId, long timestamp) {
        return itemEvent(slot, "ITEM_PURCHASED", timestamp).put("itemId", itemId);
    }

    private static ObjectNode undo(PlayerSlot slot, int itemId, long timestamp) {
        ObjectNode event = JSON.objectNode();
        event.put("afterId", 0);
        event.put("beforeId", itemId);
        event.put("goldGain", 300);
        event.put("participantId", slot.participantId);
        event.put("timestamp", timestamp);
        event.put("type", "ITEM_UNDO");
        return event;
    }

    private static ObjectNode itemEvent(PlayerSlot slot, String type, long timestamp) {
        ObjectNode event = JSON.objectNode();
        event.put("participantId", slot.participantId);
        event.put("timestamp", timestamp);
        event.put("type", type);
        return event;
    }

    private static ArrayNode frames(
            List<ObjectNode> events,
            List<PlayerSlot> slots,
            long start,
            int duration,
            long gameId,
            boolean blueWins,
            SplittableRandom random) {
        ArrayNode frames = JSON.arrayNode();
        int frameCount = duration * 1000 / FRAME_MS + 2;
        int next = 0;
        for (int frame = 0; frame < frameCount; frame++) {
            long frameEnd = frame == frameCount - 1 ? Long.MAX_VALUE : (long) frame * FRAME_MS;
            ObjectNode node = frames.addObject();
            ArrayNode frameEvents = node.putArray("events");
            while (next < events.size() && events.get(next).get("timestamp").asLong() <= frameEnd) {
                frameEvents.add(events.get(next++));
            }
            if (frame == frameCount - 1) {
                frameEvents.add(gameEnd(start, duration, gameId, blueWins));
            }
            node.set("participantFrames", participantFrames(slots, Math.min(frame * 60, duration), random));
            node.put("timestamp", frame == frameCount - 1 ? duration * 1000L : (long) frame * FRAME_MS);
        }
        return frames;
    }

    private static ObjectNode gameEnd(long start, int duration, long gameId, boolean blueWins) {
        ObjectNode event = JSON.objectNode();
        event.put("gameId", gameId);
        event.put("realTimestamp", start + duration * 1000L);
        event.put("timestamp", duration * 1000L);
        event.put("type", "GAME_END");
        event.put("winningTeam", blueWins ? 100 : 200);
        return event;
    }

    private static ObjectNode participantFrames(List<PlayerSlot> slots, int seconds, SplittableRandom random) {
        ObjectNode frames = JSON.objectNode();
        for (PlayerSlot slot : slots) {
            ObjectNode frame = frames.putObject(Integer.toString(slot.participantId));
            int totalGold = 500 + seconds * 6 + random.nextInt(200);
            frame.put("currentGold", random.nextInt(900));
            frame.put("jungleMinionsKilled", slot.role == Role.JUNGLE ? seconds / 12 : 0);
            frame.put("level", Math.min(18, 1 + seconds / 110));
            frame.put(
                    "minionsKilled",
                    slot.role == Role.JUNGLE || slot.role == Role.UTILITY ? seconds / 60 : seconds / 9);
            frame.put("participantId", slot.participantId);
            frame.put("totalGold", totalGold);
            frame.put("xp", seconds * 9);
        }
        return frames;
    }
}
