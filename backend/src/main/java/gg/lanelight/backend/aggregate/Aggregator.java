package gg.lanelight.backend.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the aggregate tables from the staging tables by running the SQL resource files of this package in order.
 * The SQL sticks to what Spark SQL also runs (CASE, window functions, CAST, CONCAT, GREATEST, SQRT, LN, temporary
 * views, one statement per file), so the same job can move to Spark when one machine is not enough.
 */
public final class Aggregator {
    private static final Logger LOG = LoggerFactory.getLogger(Aggregator.class);

    static final List<String> STEPS = List.of(
            "01_match_brackets.sql",
            "02_base_rows.sql",
            "03_bracket_rows.sql",
            "04_champion_role_stats.sql",
            "05_core_item_builds.sql",
            "06_rune_pages.sql",
            "07_spell_pairs.sql",
            "08_player_games.sql",
            "09_player_summary.sql",
            "10_player_champions.sql",
            "11_player_roles.sql",
            "12_player_recent_matches.sql",
            "13_champion_stats.sql",
            "14_build_stats.sql",
            "15_matchups.sql");

    /** Tables the steps create on the way that are not part of a snapshot. */
    private static final List<String> INTERMEDIATE_TABLES = List.of("match_brackets", "base_rows", "player_games");

    private static final String INTERMEDIATE_VIEW = "bracket_rows";

    private Aggregator() {}

    /**
     * Runs every step on {@code connection}, which must hold the staging tables, after dropping what an earlier run
     * on the same store may have left: the intermediate tables and {@code outputTables}.
     */
    public static void run(Connection connection, List<String> outputTables) throws SQLException {
        drop(connection, outputTables);
        try (Statement statement = connection.createStatement()) {
            for (String step : STEPS) {
                long started = System.nanoTime();
                statement.execute(sql(step));
                LOG.debug("{} took {} ms", step, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** Drops the intermediate tables and {@code outputTables}, so that a persistent store keeps only ingested rows. */
    public static void drop(Connection connection, List<String> outputTables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP VIEW IF EXISTS " + INTERMEDIATE_VIEW);
            for (String table : INTERMEDIATE_TABLES) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            for (String table : outputTables) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    private static String sql(String step) {
        try (InputStream in = Aggregator.class.getResourceAsStream(step)) {
            if (in == null) {
                throw new IllegalStateException("The aggregate step " + step + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the aggregate step " + step, e);
        }
    }
}
