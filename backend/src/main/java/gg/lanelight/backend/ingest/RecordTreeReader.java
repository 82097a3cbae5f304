package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads one top-level value from a parser into a tree, leaving out what ingest never uses so that reading costs little
 * more than tokenising: a participant keeps only the fields {@link MatchParser} reads, and a timeline's frames are
 * streamed into a {@link TimelineAccumulator} instead of a tree. Anything of an unexpected shape is kept whole, so the
 * parsers still reject it with the usual reason. Thread-safe (no state between calls).
 */
final class RecordTreeReader {
    private static final Set<String> PARTICIPANT_FIELDS = Set.copyOf(MatchParser.PARTICIPANT_FIELDS);

    /** Riot's timelines have one frame a minute; {@code info.frameInterval} says so when present. */
    private static final long DEFAULT_FRAME_INTERVAL_MS = 60_000;

    private final ObjectMapper mapper;
    private final JsonNodeFactory nodes;

    RecordTreeReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.nodes = mapper.getNodeFactory();
    }

    /** Reads the value starting at the parser's current token. */
    ReadRecord read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return new ReadRecord(tree(parser), null);
        }
        ObjectNode root = nodes.objectNode();
        TimelineAccumulator timeline = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("info") && value == JsonToken.START_OBJECT) {
                timeline = readInfo(parser, root.putObject("info"));
            } else {
                root.set(name, tree(parser));
            }
        }
        return new ReadRecord(root, timeline);
    }

    /** Reads {@code info} into {@code info}; returns the streamed frames, or null when there were none. */
    private TimelineAccumulator readInfo(JsonParser parser, ObjectNode info) throws IOException {
        TimelineAccumulator timeline = null;
        long frameIntervalMs = DEFAULT_FRAME_INTERVAL_MS;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("frameInterval") && value == JsonToken.VALUE_NUMBER_INT && parser.getLongValue() > 0) {
                frameIntervalMs = parser.getLongValue();
                info.put(name, frameIntervalMs);
            } else if (name.equals("participants") && value == JsonToken.START_ARRAY) {
                readParticipants(parser, info.putArray(name));
            } else if (name.equals("frames") && value == JsonToken.START_ARRAY) {
                info.putArray(name);
                timeline = new TimelineAccumulator();
                readFrames(parser, timeline, frameIntervalMs);
            } else {
                info.set(name, tree(parser));
            }
        }
        return timeline;
    }

    private void readParticipants(JsonParser parser, ArrayNode participants) throws IOException {
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            if (element != JsonToken.START_OBJECT) {
                participants.add(tree(parser));
                continue;
            }
            ObjectNode participant = participants.addObject();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (PARTICIPANT_FIELDS.contains(name)) {
                    participant.set(name, tree(parser));
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private void readFrames(JsonParser parser, TimelineAccumulator timeline, long frameIntervalMs) throws IOException {
        int frameIndex = -1;
        for (JsonToken frame = parser.nextToken(); frame != JsonToken.END_ARRAY; frame = parser.nextToken()) {
            frameIndex++;
            if (frame != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            long timestamp = 0;
            Map<Integer, Integer> totalGold = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("events") && value == JsonToken.START_ARRAY) {
                    readEvents(parser, timeline);
                } else if (name.equals("participantFrames")
                        && value == JsonToken.START_OBJECT
                        && timeline.mayBeLanePhaseEnd(frameIndex, frameIntervalMs)) {
                    readTotalGold(parser, totalGold);
                } else if (name.equals("timestamp") && value.isNumeric()) {
                    timestamp = parser.getLongValue();
                } else {
                    parser.skipChildren();
                }
            }
            timeline.frame(timestamp, totalGold);
        }
    }

    /** Each event's few counted fields, read straight from the tokens; everything else is skipped. */
    private static void readEvents(JsonParser parser, TimelineAccumulator timeline) throws IOException {
        for (JsonToken event = parser.nextToken(); event != JsonToken.END_ARRAY; event = parser.nextToken()) {
            if (event != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            TimelineAccumulator.Event fields = new TimelineAccumulator.Event();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isNumeric()) {
                    readNumber(parser, name, fields);
                } else if (value == JsonToken.VALUE_STRING && name.equals("type")) {
                    fields.type = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && name.equals("levelUpType")) {
                    fields.levelUpType = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            timeline.event(fields);
        }
    }

    private static void readNumber(JsonParser parser, String name, TimelineAccumulator.Event fields)
            throws IOException {
        switch (name) {
            case "participantId" -> fields.participantId = parser.getIntValue();
            case "itemId" -> fields.itemId = parser.getIntValue();
            case "beforeId" -> fields.beforeId = parser.getIntValue();
            case "skillSlot" -> fields.skillSlot = parser.getIntValue();
            case "timestamp" -> fields.timestampMs = parser.getLongValue();
            default -> {}
        }
    }

    private static void readTotalGold(JsonParser parser, Map<Integer, Integer> totalGold) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonToken value = parser.nextToken();
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            int participantId = 0;
            int gold = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken field = parser.nextToken();
                if (name.equals("participantId") && field.isNumeric()) {
                    participantId = parser.getIntValue();
                } else if (name.equals("totalGold") && field.isNumeric()) {
                    gold = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
            totalGold.put(participantId, gold);
        }
    }

    /**
     * The value at the current token as a tree; a JSON null becomes a NullNode. Scalars are built here directly:
     * going through the mapper costs a deserialisation context per value.
     */
    private JsonNode tree(JsonParser parser) throws IOException {
        if (parser.currentToken() == null) {
            return nodes.missingNode();
        }
        switch (parser.currentToken()) {
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            case START_OBJECT:
                return object(parser);
            case START_ARRAY:
                return array(parser);
            default:
                JsonNode node = mapper.readTree(parser);
                return node == null ? nodes.nullNode() : node;
        }
    }

    private ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, tree(parser));
        }
        return object;
    }

    private ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(tree(parser));
        }
        return array;
    }

    private JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> nodes.numberNode(parser.getIntValue());
            case LONG -> nodes.numberNode(parser.getLongValue());
            default -> nodes.numberNode(parser.getBigIntegerValue());
        };
    }
}
