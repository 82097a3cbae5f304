package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads of match-v5 fields that turn a missing or mistyped field into a rejection naming the field. */
final class JsonFields {
    private JsonFields() {}

    static JsonNode requiredObject(JsonNode parent, String field, String path, SkipReason whenMissing)
            throws RejectedRecordException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new RejectedRecordException(whenMissing, path + field + " is missing");
        }
        if (!node.isObject()) {
            throw new RejectedRecordException(SkipReason.WRONG_TYPE, path + field + " is not an object");
        }
        return node;
    }

    static JsonNode requiredArray(JsonNode parent, String field, String path) throws RejectedRecordException {
        JsonNode node = present(parent, field, path);
        if (!node.isArray()) {
            throw new RejectedRecordException(SkipReason.WRONG_TYPE, path + field + " is not an array");
        }
        return node;
    }

    static String requiredText(JsonNode parent, String field, String path) throws RejectedRecordException {
        JsonNode node = present(parent, field, path);
        if (!node.isTextual()) {
            throw new RejectedRecordException(SkipReason.WRONG_TYPE, path + field + " is not a string");
        }
        return node.asText();
    }

    static long requiredLong(JsonNode parent, String field, String path) throws RejectedRecordException {
        JsonNode node = present(parent, field, path);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new RejectedRecordException(SkipReason.WRONG_TYPE, path + field + " is not a 64-bit integer");
        }
        return node.asLong();
    }

    static int requiredInt(JsonNode parent, String field, String path) throws RejectedRecordException {
        JsonNode node = present(parent, field, path);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new RejectedRecordException(SkipReason.WRONG_TYPE, path + field + " is not a 32-bit integer");
        }
        return node.asInt();
    }

    static boolean requiredBoolean(JsonNode parent, String field, String path) throws RejectedRecordException {
        JsonNode node = present(parent, field, path);
        if (!node.isBoolean()) {
            throw new RejectedRecordException(SkipReason.WRONG_TYPE, path + field + " is not a boolean");
        }
        return node.asBoolean();
    }

    /** The integer, or {@code fallback} when the field is absent; a present field of another type is rejected. */
    static int optionalInt(JsonNode parent, String field, String path, int fallback) throws RejectedRecordException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        return requiredInt(parent, field, path);
    }

    /** The boolean, or false when absent; a present field of another type is rejected. */
    static boolean optionalBoolean(JsonNode parent, String field, String path) throws RejectedRecordException {
        JsonNode node = parent.get(field);
        return node != null && !node.isNull() && requiredBoolean(parent, field, path);
    }

    private static JsonNode present(JsonNode parent, String field, String path) throws RejectedRecordException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new RejectedRecordException(SkipReason.MISSING_FIELD, path + field + " is missing");
        }
        return node;
    }
}
