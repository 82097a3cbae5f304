package gg.lanelight.app.session;

import gg.lanelight.app.client.RankedStats;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The LCU requests the session makes besides what the event stream pushes. Every method blocks on a request to the
 * client and runs on a background thread, never the JavaFX thread. A failed request throws IOException whose message
 * says what happened.
 */
public interface ClientQueries {

    /** The player's ranked stats, {@code GET /lol-ranked/v1/ranked-stats/{puuid}}. */
    RankedStats rankedStats(String puuid) throws IOException;

    /** The current game from {@code GET /lol-gameflow/v1/session}; empty outside a game. */
    Optional<GameflowFacts> gameflow() throws IOException;

    /** The finished game from the player's LCU match history; empty when the history does not list it (yet). */
    Optional<FinishedGame> finishedGame(String puuid, long gameId) throws IOException;

    /**
     * What the gameflow session says about the current game.
     *
     * @param gameId the game's id (0 when unknown)
     * @param queueId the queue, e.g. 420 for ranked solo/duo
     * @param puuidsByChampion each player's puuid by champion id, from {@code teamOne} and {@code teamTwo}
     */
    record GameflowFacts(long gameId, int queueId, Map<Integer, String> puuidsByChampion) {

        public GameflowFacts {
            puuidsByChampion = Map.copyOf(puuidsByChampion);
        }
    }

    /**
     * The local player's line of a finished game, as the LCU match history records it.
     *
     * @param goldEarned total gold earned in the game
     * @param durationSeconds the game's length in seconds
     * @param playedAt when the game was created
     */
    record FinishedGame(
            int championId,
            boolean win,
            int kills,
            int deaths,
            int assists,
            int creepScore,
            int goldEarned,
            long durationSeconds,
            Instant playedAt) {}

    /** Before the client is connected: every request fails with a message saying so. */
    ClientQueries NOT_CONNECTED = new ClientQueries() {
        @Override
        public RankedStats rankedStats(String puuid) throws IOException {
            throw notConnected();
        }

        @Override
        public Optional<GameflowFacts> gameflow() throws IOException {
            throw notConnected();
        }

        @Override
        public Optional<FinishedGame> finishedGame(String puuid, long gameId) throws IOException {
            throw notConnected();
        }

        private IOException notConnected() {
            return new IOException("The League client is not connected yet.");
        }
    };
}
