package gg.lanelight.app.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * {@code POST /v1/players/batch}: the summaries the backend knows, and the puuids it has no games for. Lists are never
 * null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LobbySummaries(String snapshotId, List<PlayerSummary> players, List<String> unknown) {

    public LobbySummaries {
        players = players == null ? List.of() : List.copyOf(players);
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }
}
