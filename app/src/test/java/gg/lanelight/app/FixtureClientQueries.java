package gg.lanelight.app;

import gg.lanelight.app.client.RankedStats;
import gg.lanelight.app.session.ClientQueries;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Client answers read from the recorded payloads: the recorded ranked stats for the puuids given, an unranked player
 * for everyone else; no gameflow session and no match history unless given.
 */
final class FixtureClientQueries implements ClientQueries {

    private final Set<String> rankedPuuids;
    private final Optional<GameflowFacts> gameflow;
    private final Optional<FinishedGame> finished;

    FixtureClientQueries(Set<String> rankedPuuids, Optional<GameflowFacts> gameflow, Optional<FinishedGame> finished) {
        this.rankedPuuids = Set.copyOf(rankedPuuids);
        this.gameflow = gameflow;
        this.finished = finished;
    }

    @Override
    public RankedStats rankedStats(String puuid) {
        return rankedPuuids.contains(puuid) ? TestFixtures.rankedStats() : new RankedStats(List.of());
    }

    @Override
    public Optional<GameflowFacts> gameflow() {
        return gameflow;
    }

    @Override
    public Optional<FinishedGame> finishedGame(String puuid, long gameId) {
        return finished;
    }
}
