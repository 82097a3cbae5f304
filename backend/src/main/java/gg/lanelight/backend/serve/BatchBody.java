package gg.lanelight.backend.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The body of {@code POST /v1/players/batch}: exactly one JSON object {@code {"puuids":[…]}}, UTF-8, uncompressed.
 * Anything else is refused with a message naming what was wrong: a repeated key or text after the object could hide
 * a second, different list, so neither is accepted. Stateless and thread-safe.
 */
final class BatchBody {
    static final int MAX_BYTES = 64 * 1024;

    private static final String SEND = "; send {\"puuids\":[\"<puuid>\", …]} as application/json";

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BatchBody() {}

    /**
     * Checks the headers before any byte of the body is read: a declared body over the limit, a non-JSON media type
     * or a compressed body is refused at once. A missing Content-Type is taken as JSON.
     *
     * @param contentLength the declared length in bytes, -1 when the body is chunked or absent
     */
    static void checkHeaders(HeaderMap headers, long contentLength) throws ApiException {
        if (contentLength > MAX_BYTES) {
            throw tooLarge();
        }
        String type = headers.getFirst(Headers.CONTENT_TYPE);
        if (type != null && !isUtf8Json(type.toLowerCase(Locale.ROOT))) {
            throw new ApiException(
                    415,
                    "unsupported-media-type",
                    "The body is declared as '" + RequestParameters.shown(type) + "'" + SEND + " (UTF-8)");
        }
        String encoding = headers.getFirst(Headers.CONTENT_ENCODING);
        if (encoding != null && !encoding.strip().equalsIgnoreCase("identity")) {
            throw new ApiException(
                    415,
                    "unsupported-media-type",
                    "The body is compressed as '" + RequestParameters.shown(encoding)
                            + "', which this endpoint does not read; send it uncompressed (at most 20 puuids fit"
                            + " easily)");
        }
    }

    private static boolean isUtf8Json(String type) {
        String[] parts = type.split(";");
        String media = parts[0].strip();
        if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
            return false;
        }
        for (int index = 1; index < parts.length; index++) {
            String parameter = parts[index].strip().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    static ApiException tooLarge() {
        return new ApiException(
                413,
                "body-too-large",
                "The request body is over " + MAX_BYTES + " bytes; send at most " + RequestParameters.MAX_BATCH
                        + " puuids per request");
    }

    /** The distinct valid puuids of a complete body, in the order sent. */
    static Set<String> puuids(byte[] body) throws ApiException {
        JsonNode puuids = puuidsArray(tree(body));
        if (puuids.size() > RequestParameters.MAX_BATCH) {
            throw ApiException.invalid(
                    "puuids",
                    "puuids holds " + puuids.size() + " entries; the limit is " + RequestParameters.MAX_BATCH
                            + " per request, so split the batch");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int index = 0; index < puuids.size(); index++) {
            distinct.add(puuid(puuids.get(index), index));
        }
        return distinct;
    }

    private static JsonNode tree(byte[] body) throws ApiException {
        if (body.length == 0) {
            throw ApiException.invalid("body", "The request body is empty" + SEND);
        }
        try {
            return STRICT.readTree(body);
        } catch (StreamConstraintsException e) {
            throw ApiException.invalid("body", "The body is nested too deeply to be a batch" + SEND);
        } catch (JsonProcessingException e) {
            throw ApiException.invalid(
                    "body", "The body is not one valid JSON object (" + problem(e) + " at " + location(e) + ")" + SEND);
        } catch (IOException e) {
            throw ApiException.invalid("body", "The body could not be read as JSON (" + e.getMessage() + ")" + SEND);
        }
    }

    /** Jackson's first clause ("Unrecognized token 'x'", "Duplicate field 'puuids'"), without its explanations. */
    private static String problem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int end = message.length();
        for (char stop : new char[] {':', '\n', '('}) {
            int at = message.indexOf(stop);
            end = at > 0 ? Math.min(end, at) : end;
        }
        return RequestParameters.shown(message.substring(0, end).strip());
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? "an unknown place"
                : "line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }

    private static JsonNode puuidsArray(JsonNode root) throws ApiException {
        if (!root.isObject()) {
            throw ApiException.invalid("body", "The body is a JSON " + kind(root) + ", not an object" + SEND);
        }
        JsonNode puuids = root.get("puuids");
        if (puuids == null) {
            throw ApiException.invalid("puuids", "The body has no \"puuids\" field" + SEND);
        }
        if (!puuids.isArray()) {
            throw ApiException.invalid(
                    "puuids",
                    "puuids must be an array of up to " + RequestParameters.MAX_BATCH + " puuids, got a " + kind(puuids)
                            + SEND);
        }
        return puuids;
    }

    private static String puuid(JsonNode entry, int index) throws ApiException {
        String name = "puuids[" + index + "]";
        if (!entry.isTextual()) {
            String got = entry.isNull()
                    ? "null"
                    : "a " + kind(entry) + " (" + RequestParameters.shown(entry.toString()) + ")";
            throw ApiException.invalid("puuids", name + " must be a string puuid, got " + got);
        }
        try {
            return RequestParameters.puuid(entry.textValue(), name);
        } catch (ApiException e) {
            throw ApiException.invalid("puuids", e.getMessage());
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT, POJO -> "object";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL, MISSING -> "null";
            case BINARY -> "binary value";
        };
    }
}
