package gg.lanelight.app.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The WAMP 1.0 frames Lanelight exchanges with the client's WebSocket: every frame is a JSON array whose first element
 * is an opcode. Lanelight sends Subscribe (5) and reads Event (8); every other opcode is passed over.
 */
public sealed interface WampFrame permits WampFrame.Subscribe, WampFrame.Event, WampFrame.Other {

    int SUBSCRIBE = 5;
    int EVENT = 8;

    /**
     * Reads one text frame.
     *
     * @throws MalformedPayloadException when the text is not a WAMP array or an event lacks its parts
     */
    static WampFrame parse(String text) throws MalformedPayloadException {
        JsonNode root = readTree(text);
        if (!root.isArray() || root.isEmpty() || !root.get(0).isInt()) {
            throw malformed("it is not a JSON array that starts with an opcode", null);
        }
        int opcode = root.get(0).asInt();
        if (opcode == SUBSCRIBE && root.size() >= 2 && root.get(1).isTextual()) {
            return new Subscribe(root.get(1).asText());
        }
        if (opcode == EVENT) {
            return Event.from(root);
        }
        return new Other(opcode);
    }

    private static JsonNode readTree(String text) throws MalformedPayloadException {
        try {
            return LcuJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed("it is not JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static MalformedPayloadException malformed(String why, Throwable cause) {
        return new MalformedPayloadException(
                "The League client sent a WebSocket frame Lanelight cannot read: " + why + ". It was ignored.", cause);
    }

    /** {@code [5, topic]}: subscribe to a topic such as {@code OnJsonApiEvent_lol-champ-select_v1_session}. */
    record Subscribe(String topic) implements WampFrame {

        /** The topic for one JSON API endpoint: the URI with {@code /} turned into {@code _}. */
        public static Subscribe toJsonApi(String uri) {
            return new Subscribe("OnJsonApiEvent" + uri.replace('/', '_'));
        }

        public String toJson() {
            ArrayNode frame = LcuJson.mapper().createArrayNode().add(SUBSCRIBE).add(topic);
            return frame.toString();
        }
    }

    /** {@code [8, topic, {data, eventType, uri}]}. */
    record Event(LcuEvent event) implements WampFrame {

        static Event from(JsonNode root) throws MalformedPayloadException {
            if (root.size() < 3 || !root.get(1).isTextual() || !root.get(2).isObject()) {
                throw malformed("an event frame needs [8, topic, {data, eventType, uri}]", null);
            }
            JsonNode body = root.get(2);
            JsonNode uri = body.get("uri");
            if (uri == null || !uri.isTextual()) {
                throw malformed("the event for topic " + root.get(1).asText() + " has no uri", null);
            }
            JsonNode data = body.get("data");
            String eventType = body.path("eventType").asText("");
            return new Event(new LcuEvent(
                    root.get(1).asText(), uri.asText(), eventType, data == null || data.isNull() ? null : data));
        }
    }

    /** Any other opcode (welcome, call results…), which Lanelight does not need. */
    record Other(int opcode) implements WampFrame {}
}
