package gg.lanelight.backend.serve;

import gg.lanelight.backend.serve.ApiResponses.ChampionLine;
import gg.lanelight.backend.serve.ApiResponses.CoreItems;
import gg.lanelight.backend.serve.ApiResponses.PlayerSummary;
import gg.lanelight.backend.serve.ApiResponses.Runes;
import gg.lanelight.backend.serve.ApiResponses.Spells;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One DuckDB connection with its prepared statements. DuckDB connections must not be shared between threads, so a
 * session is used by one request at a time and returned to its {@link ServingSnapshot}'s pool.
 */
final class QuerySession implements AutoCloseable {
    private static final String CELL_FILTER = " WHERE patch = ? AND queue_id = ? AND champion_id = ? AND role = ?";
    private static final String TOP_BY_GAMES = " AND games >= ? ORDER BY games DESC, wins DESC, ";

    private final Connection connection;
    private final PreparedStatement cell;
    private final PreparedStatement coreItems;
    private final PreparedStatement runes;
    private final PreparedStatement spells;
    private final PreparedStatement player;
    private final PreparedStatement playerChampions;

    QuerySession(Connection connection) throws SQLException {
        this.connection = connection;
        this.cell = connection.prepareStatement("SELECT games, wins FROM champion_role_stats" + CELL_FILTER);
        this.coreItems = connection.prepareStatement("SELECT item_1, item_2, item_3, games, wins FROM core_item_builds"
                + CELL_FILTER + TOP_BY_GAMES + "item_1, item_2, item_3 LIMIT 1");
        this.runes = connection.prepareStatement("SELECT primary_style, sub_style, perk_1, perk_2, perk_3, perk_4,"
                + " perk_5, perk_6, perk_7, perk_8, perk_9, games, wins FROM rune_pages" + CELL_FILTER + TOP_BY_GAMES
                + "primary_style, sub_style, perk_1, perk_2, perk_3, perk_4, perk_5, perk_6, perk_7, perk_8, perk_9"
                + " LIMIT 1");
        this.spells = connection.prepareStatement("SELECT spell_1, spell_2, games, wins FROM spell_pairs" + CELL_FILTER
                + TOP_BY_GAMES + "spell_1, spell_2 LIMIT 1");
        this.player = connection.prepareStatement(
                "SELECT games, wins, recent_games, recent_wins FROM player_summary WHERE puuid = ?");
        this.playerChampions = connection.prepareStatement("SELECT champion_id, games, wins, kills, deaths, assists"
                + " FROM player_champions WHERE puuid = ? ORDER BY games DESC, champion_id");
    }

    /** Games and wins of a champion-role cell, or empty when the cell has no games. */
    Optional<long[]> cell(BuildCell key) throws SQLException {
        try (ResultSet rows = bindCell(cell, key).executeQuery()) {
            return rows.next() ? Optional.of(new long[] {rows.getLong(1), rows.getLong(2)}) : Optional.empty();
        }
    }

    CoreItems coreItems(BuildCell key, long minGames) throws SQLException {
        bindCell(coreItems, key).setLong(5, minGames);
        try (ResultSet rows = coreItems.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long games = rows.getLong(4);
            long wins = rows.getLong(5);
            return new CoreItems(ints(rows, 1, 3), games, wins, ApiResponses.rate(wins, games));
        }
    }

    Runes runes(BuildCell key, long minGames) throws SQLException {
        bindCell(runes, key).setLong(5, minGames);
        try (ResultSet rows = runes.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long games = rows.getLong(12);
            long wins = rows.getLong(13);
            return new Runes(
                    rows.getInt(1), rows.getInt(2), ints(rows, 3, 9), games, wins, ApiResponses.rate(wins, games));
        }
    }

    Spells spells(BuildCell key, long minGames) throws SQLException {
        bindCell(spells, key).setLong(5, minGames);
        try (ResultSet rows = spells.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long games = rows.getLong(3);
            long wins = rows.getLong(4);
            return new Spells(ints(rows, 1, 2), games, wins, ApiResponses.rate(wins, games));
        }
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

    private static PreparedStatement bindCell(PreparedStatement statement, BuildCell key) throws SQLException {
        statement.setString(1, key.patch());
        statement.setInt(2, key.queue());
        statement.setInt(3, key.championId());
        statement.setString(4, key.role());
        return statement;
    }

    private static List<Integer> ints(ResultSet rows, int first, int count) throws SQLException {
        List<Integer> values = new ArrayList<>(count);
        for (int column = first; column < first + count; column++) {
            values.add(rows.getInt(column));
        }
        return List.copyOf(values);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
