package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The begIndex/endIndex window of a match-history answer (both inclusive, like the client's). */
final class MatchHistoryPage {

    private static final int DEFAULT_END = 19;

    private MatchHistoryPage() {}

    /** Cuts {@code history.games.games} down to the window, in place; unparsable indexes mean the defaults. */
    static void slice(JsonNode history, String begIndex, String endIndex) {
        ObjectNode page = (ObjectNode) history.get("games");
        ArrayNode games = (ArrayNode) page.get("games");
        int begin = Math.max(0, number(begIndex, 0));
        int end = Math.max(begin, number(endIndex, DEFAULT_END));
        ArrayNode window = games.arrayNode();
        for (int i = begin; i <= end && i < games.size(); i++) {
            window.add(games.get(i));
        }
        page.set("games", window);
        page.put("gameIndexBegin", begin);
        page.put("gameIndexEnd", end);
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
