package gg.lanelight.app.live;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Runes from {@code activeplayerrunes} (all fields) or {@code playermainrunes} (keystone and trees only; the lists are
 * then empty). Lists are never null after parsing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveRunes(
        Rune keystone, Rune primaryRuneTree, Rune secondaryRuneTree, List<Rune> generalRunes, List<Rune> statRunes) {

    public LiveRunes {
        generalRunes = generalRunes == null ? List.of() : generalRunes;
        statRunes = statRunes == null ? List.of() : statRunes;
    }

    /** A rune or rune tree; {@code displayName} is localized and absent for shards. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rune(int id, String displayName) {}
}
