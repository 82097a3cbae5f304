package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;

/** A status and a JSON body; errors use the client's error shape (fixtures/lcu/error-404.json). */
public record LcuResponse(int status, JsonNode body) {

    private static final String ERROR_TEMPLATE = "gg/lanelight/simulator/lcu/error-404.json";

    public static LcuResponse ok(JsonNode body) {
        return new LcuResponse(200, body);
    }

    public static LcuResponse noContent() {
        return new LcuResponse(204, null);
    }

    public static LcuResponse notFound(String message) {
        return error(404, "RPC_ERROR", message);
    }

    public static LcuResponse badRequest(String message) {
        return error(400, "RPC_ERROR", message);
    }

    public static LcuResponse error(int status, String errorCode, String message) {
        ObjectNode body = Json.template(ERROR_TEMPLATE);
        body.put("errorCode", errorCode);
        body.put("httpStatus", status);
        body.put("message", message);
        return new LcuResponse(status, body);
    }
}
