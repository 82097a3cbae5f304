package gg.lanelight.backend.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB file that one snapshot build ingests into: {@code match_rows}, {@code participant_rows} and
 * {@code timeline_rows}. Rows go in through DuckDB appenders. Not thread-safe: one ingest thread owns it.
 */
public final class StagingDatabase implements AutoCloseable {
    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE match_rows (match_id VARCHAR NOT NULL, patch VARCHAR NOT NULL, queue_id INTEGER NOT NULL,"
                    + " game_start_ms BIGINT NOT NULL, duration_s INTEGER NOT NULL, remake BOOLEAN NOT NULL)",
            "CREATE TABLE participant_rows (match_id VARCHAR NOT NULL, participant_id INTEGER NOT NULL,"
                    + " puuid VARCHAR NOT NULL, team_id INTEGER NOT NULL, champion_id INTEGER NOT NULL,"
                    + " role VARCHAR NOT NULL, win BOOLEAN NOT NULL, kills INTEGER NOT NULL, deaths INTEGER NOT NULL,"
                    + " assists INTEGER NOT NULL, inventory_item_1 INTEGER, inventory_item_2 INTEGER,"
                    + " inventory_item_3 INTEGER, primary_style INTEGER, sub_style INTEGER, perk_1 INTEGER,"
                    + " perk_2 INTEGER, perk_3 INTEGER, perk_4 INTEGER, perk_5 INTEGER, perk_6 INTEGER, perk_7 INTEGER,"
                    + " perk_8 INTEGER, perk_9 INTEGER, spell_1 INTEGER, spell_2 INTEGER)",
            "CREATE TABLE timeline_rows (match_id VARCHAR NOT NULL, participant_id INTEGER NOT NULL,"
                    + " core_item_1 INTEGER, core_item_2 INTEGER, core_item_3 INTEGER)");

    private final DuckDBConnection connection;
    private DuckDBAppender matchRows;
    private DuckDBAppender participantRows;
    private DuckDBAppender timelineRows;

    private StagingDatabase(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** Creates the database file (which must not exist yet) with the staging schema. */
    public static StagingDatabase create(java.nio.file.Path file) throws SQLException {
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
        try (Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
        StagingDatabase database = new StagingDatabase(connection);
        database.openAppenders();
        return database;
    }

    private void openAppenders() throws SQLException {
        matchRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "match_rows");
        participantRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "participant_rows");
        timelineRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "timeline_rows");
    }

    void append(ParsedMatch match) throws SQLException {
        matchRows
                .beginRow()
                .append(match.matchId())
                .append(match.patch())
                .append(match.queueId())
                .append(match.gameStartMillis())
                .append(match.durationSeconds())
                .append(match.remake())
                .endRow();
        for (ParticipantRow participant : match.participants()) {
            appendParticipant(match.matchId(), participant);
        }
    }

    private void appendParticipant(String matchId, ParticipantRow row) throws SQLException {
        participantRows
                .beginRow()
                .append(matchId)
                .append(row.participantId())
                .append(row.puuid())
                .append(row.teamId())
                .append(row.championId())
                .append(row.role())
                .append(row.win())
                .append(row.kills())
                .append(row.deaths())
                .append(row.assists());
        appendInts(participantRows, row.inventoryCoreItems(), 3);
        if (row.runes() == null) {
            appendInts(participantRows, List.of(), 11);
        } else {
            participantRows
                    .append(row.runes().primaryStyleId())
                    .append(row.runes().subStyleId());
            appendInts(participantRows, row.runes().perkIds(), 9);
        }
        appendInts(participantRows, row.spellIds(), 2);
        participantRows.endRow();
    }

    /** Appends a participant's timeline core; fewer than 3 completed items are stored as no core (NULLs). */
    void appendTimelineCore(String matchId, int participantId, List<Integer> coreItems) throws SQLException {
        timelineRows.beginRow().append(matchId).append(participantId);
        appendInts(timelineRows, coreItems.size() == 3 ? coreItems : List.of(), 3);
        timelineRows.endRow();
    }

    /** Appends {@code width} columns: the values, or SQL NULLs when the list is empty. */
    private static void appendInts(DuckDBAppender appender, List<Integer> values, int width) throws SQLException {
        for (int column = 0; column < width; column++) {
            if (values.isEmpty()) {
                appender.appendNull();
            } else {
                appender.append(values.get(column).intValue());
            }
        }
    }

    /** Flushes and closes the appenders; the connection stays open for aggregation. */
    public Connection finishIngest() throws SQLException {
        for (DuckDBAppender appender : List.of(matchRows, participantRows, timelineRows)) {
            appender.close();
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
