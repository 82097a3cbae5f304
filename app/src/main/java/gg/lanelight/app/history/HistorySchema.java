package gg.lanelight.app.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history tables and how to bring an older file up to date. The schema version lives in SQLite's
 * {@code PRAGMA user_version}: version N means the first N migrations have run.
 */
final class HistorySchema {

    /** Each entry upgrades the file by one version; never edit a released entry, only append. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE match_history (
                game_id          INTEGER NOT NULL,
                puuid            TEXT    NOT NULL,
                played_at_ms     INTEGER NOT NULL,
                queue_id         INTEGER NOT NULL,
                riot_id          TEXT    NOT NULL,
                champion_id      INTEGER NOT NULL,
                role             TEXT    NOT NULL,
                win              INTEGER NOT NULL,
                kills            INTEGER NOT NULL,
                deaths           INTEGER NOT NULL,
                assists          INTEGER NOT NULL,
                creep_score      INTEGER NOT NULL,
                gold_earned      INTEGER NOT NULL,
                duration_seconds INTEGER NOT NULL,
                complete         INTEGER NOT NULL,
                PRIMARY KEY (game_id, puuid)
            )""",
            "CREATE INDEX match_history_by_player ON match_history (puuid, played_at_ms DESC)",
            "CREATE INDEX match_history_by_time ON match_history (played_at_ms DESC)"));

    static final int CURRENT_VERSION = MIGRATIONS.size();

    private HistorySchema() {}

    /** The file's schema version; 0 for a new, empty file. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /** Runs the migrations the file has not had yet, each in its own transaction together with its version bump. */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion; version < CURRENT_VERSION; version++) {
            runInTransaction(connection, MIGRATIONS.get(version), version + 1);
        }
    }

    private static void runInTransaction(Connection connection, List<String> steps, int newVersion)
            throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String step : steps) {
                statement.executeUpdate(step);
            }
            // PRAGMA takes no bound parameters; newVersion is a constant from this class, never input.
            statement.executeUpdate("PRAGMA user_version = " + newVersion);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
