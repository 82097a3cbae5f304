package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One rune page from {@code GET /lol-perks/v1/pages}. {@code selectedPerkIds} holds 9 ids: 4 primary runes, 2
 * secondary runes, 3 shards. Preset pages are neither editable nor deletable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PerkPage(
        long id,
        String name,
        int primaryStyleId,
        int subStyleId,
        List<Integer> selectedPerkIds,
        boolean current,
        boolean isActive,
        boolean isDeletable,
        boolean isEditable,
        boolean isValid,
        int order) {

    public PerkPage {
        selectedPerkIds = selectedPerkIds == null ? List.of() : List.copyOf(selectedPerkIds);
    }
}
