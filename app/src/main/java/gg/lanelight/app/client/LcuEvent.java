package gg.lanelight.app.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One JSON API event from the client's WebSocket: the {@code {data, eventType, uri}} of a WAMP frame {@code [8,
 * topic, {…}]}. {@code data} is the whole new resource, the body a GET of {@code uri} would return, or null on Delete.
 *
 * @param topic the subscription topic, e.g. {@code OnJsonApiEvent_lol-gameflow_v1_gameflow-phase}
 * @param uri the resource, e.g. {@code /lol-gameflow/v1/gameflow-phase}
 * @param eventType "Create", "Update" or "Delete" (kept open)
 * @param data the resource after the change; null on Delete or when the client sent JSON null
 */
public record LcuEvent(String topic, String uri, String eventType, JsonNode data) {

    public boolean isDelete() {
        return "Delete".equals(eventType) || data == null;
    }

    /**
     * Maps {@code data} to a model type.
     *
     * @throws MalformedPayloadException when data does not fit the type
     */
    public <T> T dataAs(Class<T> type) throws MalformedPayloadException {
        try {
            return LcuJson.mapper().treeToValue(data, type);
        } catch (Exception e) {
            throw new MalformedPayloadException(
                    "The League client sent an event for " + uri + " whose data is not a " + type.getSimpleName() + " ("
                            + e.getMessage() + "); Lanelight ignored it.",
                    e);
        }
    }
}
