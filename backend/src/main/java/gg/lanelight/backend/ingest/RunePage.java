package gg.lanelight.backend.ingest;

import java.util.List;

/**
 * A full rune page: primary and secondary tree, and nine perk ids in the order 4 primary runes (keystone first),
 * 2 secondary runes, then the 3 stat shards (offense, flex, defense).
 */
public record RunePage(int primaryStyleId, int subStyleId, List<Integer> perkIds) {
    public RunePage {
        perkIds = List.copyOf(perkIds);
        if (perkIds.size() != 9) {
            throw new IllegalArgumentException("A rune page has 9 perk ids, got " + perkIds.size());
        }
    }
}
