package gg.lanelight.app.client;

import java.util.List;

/**
 * The body of {@code POST /lol-perks/v1/pages}. {@code selectedPerkIds} must hold 9 ids (4 primary runes, 2 secondary
 * runes, 3 shards); {@code current} true makes the page active.
 */
public record NewPerkPage(
        String name, int primaryStyleId, int subStyleId, List<Integer> selectedPerkIds, boolean current) {

    public NewPerkPage {
        selectedPerkIds = List.copyOf(selectedPerkIds);
    }
}
