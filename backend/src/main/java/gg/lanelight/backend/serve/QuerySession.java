package gg.lanelight.backend.serve;

import gg.lanelight.backend.serve.ApiResponses.ChampionLine;
import gg.lanelight.backend.serve.ApiResponses.PlayerSummary;
import gg.lanelight.backend.serve.ApiResponses.RecentMatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One DuckDB connection with the prepared player queries. DuckDB connections must not be shared between threads, so
 * a session is used by one request at a time and returned to its {@link ServingSnapshot}'s pool. Champion responses
 * need no session: they are serialised at load.
 */
final class QuerySession implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement player;
    private final PreparedStatement playerChampions;
    private final PreparedStatement recentMatches;

    /** @param withRecentMatches whether the snapshot has the player_recent_matches table */
    QuerySession(Connection connection, boolean withRecentMatches) throws SQLException {
        this.connection = connection;
        this.player = connection.prepareStatement(
                "SELECT games, wins, recent_games, recent_wins FROM player_summary WHERE puuid = ?");
        this.playerChampions = connection.prepareStatement("SELECT champion_id, games, wins, kills, deaths, assists"
                + " FROM player_champions WHERE puuid = ? ORDER BY games DESC, champion_id");
        this.recentMatches = withRecentMatches
                ? connection.prepareStatement("SELECT match_id, patch, queue_id, champion_id, role, game_start_ms,"
                        + " duration_s, win, kills, deaths, assists, cs, placement FROM player_recent_matches"
                        + " WHERE puuid = ? ORDER BY recency")
                : null;
    }

    /** The player's recent games, newest first; empty when none (or the snapshot has no such table). */
    List<RecentMatch> recentMatches(String puuid) throws SQLException {
        if (recentMatches == null) {
            return List.of();
        }
        recentMatches.setString(1, puuid);
        List<RecentMatch> matches = new ArrayList<>();
        try (ResultSet rows = recentMatches.executeQuery()) {
            while (rows.next()) {
                matches.add(new RecentMatch(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getInt(3),
                        rows.getInt(4),
                        rows.getString(5),
                        rows.getLong(6),
                        rows.getInt(7),
                        rows.getBoolean(8),
                        rows.getInt(9),
                        rows.getInt(10),
                        rows.getInt(11),
                        rows.getInt(12),
                        (Integer) rows.getObject(13)));
            }
        }
        return List.copyOf(matches);
    }

    /** The player's summary, or empty when the snapshot has no game of this puuid. */
    Optional<PlayerSummary> player(String snapshotId, String puuid) throws SQLException {
        player.setString(1, puuid);
        try (ResultSet rows = player.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            long games = rows.getLong(1);
            long wins = rows.getLong(2);
            long recentGames = rows.getLong(3);
            long recentWins = rows.getLong(4);
            return Optional.of(new PlayerSummary(
                    snapshotId,
                    puuid,
                    games,
                    wins,
                    ApiResponses.rate(wins, games),
                    recentGames,
                    recentWins,
                    ApiResponses.rate(recentWins, recentGames),
                    champions(puuid)));
        }
    }

    private List<ChampionLine> champions(String puuid) throws SQLException {
        playerChampions.setString(1, puuid);
        List<ChampionLine> lines = new ArrayList<>();
        try (ResultSet rows = playerChampions.executeQuery()) {
            while (rows.next()) {
                long games = rows.getLong(2);
                long wins = rows.getLong(3);
                lines.add(new ChampionLine(
                        rows.getInt(1),
                        games,
                        wins,
                        ApiResponses.rate(wins, games),
                        rows.getLong(4),
                        rows.getLong(5),
                        rows.getLong(6)));
            }
        }
        return List.copyOf(lines);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
