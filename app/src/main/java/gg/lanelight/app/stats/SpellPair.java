package gg.lanelight.app.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Two summoner spell ids, sorted ascending, and their record. The list is never null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpellPair(List<Integer> spellIds, int games, int wins, double winRate) {

    public SpellPair {
        spellIds = spellIds == null ? List.of() : List.copyOf(spellIds);
    }
}
