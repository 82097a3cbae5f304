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
 * The SQL sticks to portable SQL (CASE, window functions, CAST) so that another engine can run it later.
 */
public final class Aggregator {
    private static final Logger LOG = LoggerFactory.getLogger(Aggregator.class);

    static final List<String> STEPS = List.of(
            "01_base_rows.sql",
            "02_champion_role_stats.sql",
            "03_core_item_builds.sql",
            "04_rune_pages.sql",
            "05_spell_pairs.sql",
            "06_player_summary.sql",
            "07_player_champions.sql");

    private Aggregator() {}

    /** Runs every step on {@code connection}, which must hold the staging tables. */
    public static void run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String step : STEPS) {
                long started = System.nanoTime();
                statement.execute(sql(step));
                LOG.debug("{} took {} ms", step, (System.nanoTime() - started) / 1_000_000);
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
