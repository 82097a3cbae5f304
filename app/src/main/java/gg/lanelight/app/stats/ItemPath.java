package gg.lanelight.app.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The core items in buy order, with how often that path was played and won. Never null after parsing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemPath(List<Integer> itemIds, int games, int wins, double winRate) {

    public ItemPath {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }
}
