package gg.lanelight.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The app's trace.json (docs/architecture.md): entries {@code {atMillis, kind, source, data}} in the order they
 * happened. A file caught while being rewritten reads as empty, so pollers simply look again.
 */
final class Trace {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> entries;

    private Trace(List<JsonNode> entries) {
        this.entries = entries;
    }

    static Trace read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isArray()) {
                return new Trace(List.of());
            }
            return new Trace(StreamSupport.stream(root.spliterator(), false).toList());
        } catch (IOException e) {
            return new Trace(List.of());
        }
    }

    /** The {@code data} of every entry of this kind (and source, when not null), oldest first. */
    List<JsonNode> data(String kind, String source) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode entry : entries) {
            boolean sourceMatches =
                    source == null || source.equals(entry.path("source").asText());
            if (kind.equals(entry.path("kind").asText()) && sourceMatches) {
                found.add(entry.path("data"));
            }
        }
        return found;
    }

    List<JsonNode> champSelectUpdates() {
        return data("overlay-update", "champ-select");
    }

    List<JsonNode> inGameUpdates() {
        return data("overlay-update", "in-game");
    }

    /** The messages shown to the player, oldest first. */
    List<String> faults() {
        return data("fault", null).stream().map(d -> d.path("message").asText()).toList();
    }

    Optional<JsonNode> savedHistory() {
        List<JsonNode> saved = data("history-saved", null);
        return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
    }

    /** The latest in-game update whose clock reads at least {@code seconds}, if the game got that far. */
    Optional<JsonNode> inGameUpdateAtOrAfter(int seconds) {
        return inGameUpdates().stream()
                .filter(view -> gameSeconds(view) >= seconds)
                .findFirst();
    }

    /** The in-game view's clock, "m:ss", in whole seconds; -1 when it does not read as a clock. */
    static int gameSeconds(JsonNode inGameView) {
        String[] parts = inGameView.path("gameTime").asText().split(":");
        try {
            return parts.length == 2 ? Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return entries.size() + " trace entries";
    }
}
