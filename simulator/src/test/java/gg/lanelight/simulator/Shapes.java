package gg.lanelight.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/** Compares the key sets of two JSON trees, recursively (arrays: their first elements). */
public final class Shapes {

    /** Keys that some Live Client events carry and the recorded event list lacks. */
    public static final Set<String> EVENT_EXTRAS = Set.of(
            "VictimName",
            "Recipient",
            "DragonType",
            "Stolen",
            "InhibKilled",
            "Result",
            "KillStreak",
            "Acer",
            "AcingTeam");

    private Shapes() {}

    /** Fails when {@code actual} lacks a key of {@code expected} or has one not in {@code expected} or {@code extra}. */
    public static void assertSameKeys(JsonNode expected, JsonNode actual, Set<String> extra) {
        compare(expected, actual, "$", extra);
    }

    public static void assertSameKeys(JsonNode expected, JsonNode actual) {
        compare(expected, actual, "$", Set.of());
    }

    private static void compare(JsonNode expected, JsonNode actual, String where, Set<String> extra) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> expectedKeys = keys(expected);
            Set<String> actualKeys = keys(actual);
            actualKeys.removeIf(key -> extra.contains(key) && !expectedKeys.contains(key));
            assertEquals(expectedKeys, actualKeys, "keys of " + where);
            expectedKeys.forEach(key -> compare(expected.get(key), actual.get(key), where + "." + key, extra));
        } else if (expected.isArray() && actual.isArray() && !expected.isEmpty() && !actual.isEmpty()) {
            compare(expected.get(0), actual.get(0), where + "[0]", extra);
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
