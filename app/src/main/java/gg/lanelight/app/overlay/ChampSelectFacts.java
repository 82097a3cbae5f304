package gg.lanelight.app.overlay;

import gg.lanelight.app.client.ChampSelectSession;
import gg.lanelight.app.client.RankedStats;
import gg.lanelight.app.stats.ChampionBuild;
import gg.lanelight.app.stats.PlayerSummary;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything known at one moment of champion select: the client's session plus the answers gathered so far. Built
 * off the JavaFX thread; immutable.
 *
 * @param session the latest session from the client (never null)
 * @param localRiotId the local player's Riot ID from the client, or "" before it is known
 * @param build the backend's build for the shown champion and role, when it has answered
 * @param buildState where that answer stands
 * @param players backend summaries by puuid (answered players only)
 * @param unknownPlayers puuids the backend has no games for
 * @param lobbyState where the lobby answer stands
 * @param ranks LCU ranked stats by puuid (answered players only)
 * @param failedRanks puuids whose rank lookup failed
 */
public record ChampSelectFacts(
        ChampSelectSession session,
        String localRiotId,
        Optional<ChampionBuild> build,
        Answer buildState,
        Map<String, PlayerSummary> players,
        Set<String> unknownPlayers,
        Answer lobbyState,
        Map<String, RankedStats> ranks,
        Set<String> failedRanks) {

    public ChampSelectFacts {
        players = Map.copyOf(players);
        unknownPlayers = Set.copyOf(unknownPlayers);
        ranks = Map.copyOf(ranks);
        failedRanks = Set.copyOf(failedRanks);
    }

    /** Where a request to the stats service stands. */
    public enum Answer {
        /** Nothing to ask yet (no champion, no role, or no visible players). */
        NOT_ASKED,
        PENDING,
        ANSWERED,
        /** The service has no data for the question. */
        NOT_FOUND,
        /** No answer: the service is down or failed. */
        UNREACHABLE
    }
}
