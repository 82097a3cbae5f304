package gg.lanelight.app.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A rune page: 9 perk ids (4 primary, 2 secondary, 3 stat shards) and its record. The list is never null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunePage(int primaryStyleId, int subStyleId, List<Integer> perkIds, int games, int wins, double winRate) {

    public RunePage {
        perkIds = perkIds == null ? List.of() : List.copyOf(perkIds);
    }
}
