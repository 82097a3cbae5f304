package gg.lanelight.app.session;

import gg.lanelight.app.client.ClientConnection;
import gg.lanelight.app.client.GameflowSession;
import gg.lanelight.app.client.LcuException;
import gg.lanelight.app.client.LcuRestClient;
import gg.lanelight.app.client.MatchHistory;
import gg.lanelight.app.client.RankedStats;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link ClientQueries} through the live {@link ClientConnection}. Thread-safe; blocks on the LCU. */
public final class ConnectionQueries implements ClientQueries {

    /** The LCU match history page read after a game: the newest 20 games. */
    private static final int HISTORY_PAGE_END = 19;

    private final ClientConnection connection;

    public ConnectionQueries(ClientConnection connection) {
        this.connection = connection;
    }

    @Override
    public RankedStats rankedStats(String puuid) throws IOException {
        try {
            return rest().rankedStats(puuid);
        } catch (LcuException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<GameflowFacts> gameflow() throws IOException {
        try {
            Optional<GameflowSession> session = connection.gameflowSession().filter(ConnectionQueries::hasPlayers);
            if (session.isEmpty()) {
                session = rest().gameflowSession();
            }
            return session.filter(s -> s.gameData() != null).map(ConnectionQueries::facts);
        } catch (LcuException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<FinishedGame> finishedGame(String puuid, long gameId) throws IOException {
        try {
            MatchHistory history = rest().matchHistory(0, HISTORY_PAGE_END);
            return history.gameList().stream()
                    .filter(game -> game.gameId() == gameId)
                    .findFirst()
                    .flatMap(game -> game.participantOf(puuid)
                            .filter(p -> p.stats() != null)
                            .map(p -> finished(game, p)));
        } catch (LcuException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private LcuRestClient rest() throws IOException {
        return connection.rest().orElseThrow(() -> new IOException("The League client is not connected."));
    }

    private static boolean hasPlayers(GameflowSession session) {
        return session.gameData() != null && !session.gameData().teamOne().isEmpty();
    }

    private static GameflowFacts facts(GameflowSession session) {
        GameflowSession.GameData data = session.gameData();
        Map<Integer, String> puuids = new HashMap<>();
        Stream.concat(data.teamOne().stream(), data.teamTwo().stream())
                .filter(member -> member.championId() != 0
                        && member.puuid() != null
                        && !member.puuid().isEmpty())
                .forEach(member -> puuids.putIfAbsent(member.championId(), member.puuid()));
        int queueId = data.queue() == null ? 0 : data.queue().id();
        return new GameflowFacts(data.gameId(), queueId, puuids);
    }

    private static FinishedGame finished(MatchHistory.Game game, MatchHistory.Participant participant) {
        MatchHistory.Stats stats = participant.stats();
        return new FinishedGame(
                participant.championId(),
                stats.win(),
                stats.kills(),
                stats.deaths(),
                stats.assists(),
                stats.creepScore(),
                stats.goldEarned(),
                game.gameDuration(),
                game.gameCreation() == 0 ? null : Instant.ofEpochMilli(game.gameCreation()));
    }
}
