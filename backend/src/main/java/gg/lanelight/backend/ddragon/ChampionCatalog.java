package gg.lanelight.backend.ddragon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The champions of the bundled Data Dragon data, in ascending championId order. Immutable and thread-safe. */
public final class ChampionCatalog {
    private final List<Champion> champions;

    private ChampionCatalog(List<Champion> champions) {
        this.champions = champions;
    }

    /** Reads the bundled champion data ({@code gg/lanelight/assets/ddragon/champion.trimmed.json}). */
    public static ChampionCatalog bundled() {
        return fromJson(StaticDataFiles.read(StaticDataFiles.CHAMPIONS));
    }

    /** Builds a catalog from a champion.json document. */
    public static ChampionCatalog fromJson(JsonNode root) {
        List<Champion> champions = new ArrayList<>();
        root.path("data").forEach(node -> champions.add(Champion.fromJson(node)));
        champions.sort(Comparator.comparingInt(Champion::championId));
        return new ChampionCatalog(List.copyOf(champions));
    }

    /** Every champion, ascending by championId. */
    public List<Champion> champions() {
        return champions;
    }

    /** One champion: match-v5 {@code championId} (= Data Dragon key), {@code championName} (= Data Dragon id), tags. */
    public record Champion(int championId, String championName, List<String> tags) {
        static Champion fromJson(JsonNode node) {
            List<String> tags = new ArrayList<>();
            node.path("tags").forEach(tag -> tags.add(tag.asText()));
            return new Champion(node.path("key").asInt(), node.path("id").asText(), List.copyOf(tags));
        }
    }
}
