package gg.lanelight.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * The app's history.db, opened read-only with the SQLite driver, independent of the app's own store code. Rows come
 * back as maps keyed by column name ({@code game_id}, {@code champion_id}, {@code win}, {@code complete}…).
 */
final class HistoryFile {

    private HistoryFile() {}

    /** Every saved game of every player. */
    static List<Map<String, Object>> games(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database, config.toProperties());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM match_history")) {
            return readAll(rows);
        }
    }

    private static List<Map<String, Object>> readAll(ResultSet rows) throws SQLException {
        ResultSetMetaData columns = rows.getMetaData();
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
            Map<String, Object> row = new HashMap<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                row.put(columns.getColumnName(i), rows.getObject(i));
            }
            result.add(row);
        }
        return result;
    }

    /** A column's value as a whole number (SQLite hands back Integer or Long; booleans are 0/1). */
    static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (!(value instanceof Number number)) {
            throw new AssertionError("history row has no number in '" + column + "': " + row);
        }
        return number.longValue();
    }
}
