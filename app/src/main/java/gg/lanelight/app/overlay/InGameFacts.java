package gg.lanelight.app.overlay;

import gg.lanelight.app.client.RankedStats;
import gg.lanelight.app.live.LiveGame;
import java.util.Map;
import java.util.Set;

/**
 * Everything known at one moment of a live game. Immutable; built off the JavaFX thread.
 *
 * @param game the latest Live Client Data payload (never null)
 * @param puuidsByChampion puuids from the LCU gameflow session by champion id; empty when the session is unknown
 * @param ranks LCU ranked stats by puuid (answered players only)
 * @param failedRanks puuids whose rank lookup failed
 * @param notice a line for the player from outside the payload ("" when none), e.g. the client vanished
 */
public record InGameFacts(
        LiveGame game,
        Map<Integer, String> puuidsByChampion,
        Map<String, RankedStats> ranks,
        Set<String> failedRanks,
        String notice) {

    public InGameFacts {
        puuidsByChampion = Map.copyOf(puuidsByChampion);
        ranks = Map.copyOf(ranks);
        failedRanks = Set.copyOf(failedRanks);
    }
}
