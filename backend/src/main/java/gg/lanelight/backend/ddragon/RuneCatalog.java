package gg.lanelight.backend.ddragon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The rune trees of the bundled runesReforged data. Stat shards are not in that file. Immutable, thread-safe. */
public final class RuneCatalog {
    private final List<RuneTree> trees;

    private RuneCatalog(List<RuneTree> trees) {
        this.trees = trees;
    }

    /** Reads the bundled rune data ({@code gg/lanelight/assets/ddragon/runesReforged.trimmed.json}). */
    public static RuneCatalog bundled() {
        return fromJson(StaticDataFiles.read(StaticDataFiles.RUNES));
    }

    /** Builds a catalog from a runesReforged.json array. */
    public static RuneCatalog fromJson(JsonNode root) {
        List<RuneTree> trees = new ArrayList<>();
        root.forEach(tree -> trees.add(RuneTree.fromJson(tree)));
        return new RuneCatalog(List.copyOf(trees));
    }

    /** The tree with this style id (8000, 8100, 8200, 8300, 8400). */
    public RuneTree tree(int styleId) {
        return trees.stream()
                .filter(tree -> tree.styleId() == styleId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No rune tree with style id " + styleId));
    }

    /** All trees, in file order. */
    public List<RuneTree> trees() {
        return trees;
    }

    /** One tree: its style id and its slots of rune ids; slot 0 holds the keystones. */
    public record RuneTree(int styleId, List<List<Integer>> slots) {
        static RuneTree fromJson(JsonNode node) {
            List<List<Integer>> slots = new ArrayList<>();
            for (JsonNode slot : node.path("slots")) {
                List<Integer> runes = new ArrayList<>();
                slot.path("runes").forEach(rune -> runes.add(rune.path("id").asInt()));
                slots.add(List.copyOf(runes));
            }
            return new RuneTree(node.path("id").asInt(), List.copyOf(slots));
        }
    }
}
