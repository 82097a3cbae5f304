package gg.lanelight.backend.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB ingest store. Long ids are stored once: {@code match_rows} and {@code timeline_matches} hold each match
 * id with its {@link StoreKeys#matchKey key}, {@code players} each puuid with its key, and the many rows refer to those
 * keys. A participant's numbers travel as one fixed-size array ({@code participant_store.numbers}) because DuckDB's
 * appender spends its time per column, not per value; the session view {@code participant_rows} gives them their
 * names back for the aggregate SQL. Also the ledger of ingested files ({@code ingested_files}) and the rank of each
 * known player ({@code player_ranks}). A store may live in a temporary folder for one build, or persist so later
 * runs only add new files. Not thread-safe: one ingest thread owns it.
 */
public final class StagingDatabase implements AutoCloseable {
    /** Bumped whenever a table changes shape; a store of another layout is refused with a message. */
    static final int LAYOUT = 3;

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS store_layout (layout INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS match_rows (match_key BIGINT NOT NULL, match_id VARCHAR NOT NULL,"
                    + " patch VARCHAR NOT NULL, queue_id INTEGER NOT NULL, game_start_ms BIGINT NOT NULL,"
                    + " duration_s INTEGER NOT NULL, remake BOOLEAN NOT NULL)",
            "CREATE TABLE IF NOT EXISTS match_bans (match_key BIGINT NOT NULL, champion_id INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS players (player_key BIGINT NOT NULL, puuid VARCHAR NOT NULL)",
            "CREATE TABLE IF NOT EXISTS participant_store (match_key BIGINT NOT NULL, player_key BIGINT,"
                    + " role VARCHAR, numbers INTEGER[" + ParticipantNumbers.COUNT + "] NOT NULL)",
            "CREATE TABLE IF NOT EXISTS timeline_matches (match_key BIGINT NOT NULL, match_id VARCHAR NOT NULL)",
            "CREATE TABLE IF NOT EXISTS timeline_rows (match_key BIGINT NOT NULL, participant_id INTEGER NOT NULL,"
                    + " core_item_1 INTEGER, core_item_2 INTEGER, core_item_3 INTEGER, start_items VARCHAR,"
                    + " boots INTEGER, skill_order VARCHAR, gold_15 INTEGER)",
            "CREATE TABLE IF NOT EXISTS ingested_files (path VARCHAR NOT NULL, size_bytes BIGINT NOT NULL,"
                    + " modified_ms BIGINT NOT NULL, ingested_at_ms BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS player_ranks (puuid VARCHAR NOT NULL, tier VARCHAR NOT NULL)");

    private static final String WORKSPACE = "aggregate_work";

    private final DuckDBConnection connection;
    private final LongSet storedPlayers = new LongSet();
    private final int[] numbers = new int[ParticipantNumbers.COUNT];
    private final boolean[] nulls = new boolean[ParticipantNumbers.COUNT];
    private String storeCatalog;
    private DuckDBAppender matchRows;
    private DuckDBAppender matchBans;
    private DuckDBAppender players;
    private DuckDBAppender participantStore;
    private DuckDBAppender timelineMatches;
    private DuckDBAppender timelineRows;

    private StagingDatabase(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** Creates the database file (which must not exist yet) with the staging schema and DuckDB's default memory. */
    public static StagingDatabase create(Path file) throws SQLException {
        return create(file, null);
    }

    /**
     * Creates the database file (which must not exist yet) with the staging schema.
     *
     * @param memoryLimit DuckDB's {@code memory_limit} such as "2GB", or null for DuckDB's default (80% of RAM)
     */
    public static StagingDatabase create(Path file, String memoryLimit) throws SQLException {
        if (Files.exists(file)) {
            throw new SQLException("The staging database " + file + " already exists");
        }
        return open(file, memoryLimit);
    }

    /**
     * Opens the store file, creating it and its tables when missing.
     *
     * @param memoryLimit DuckDB's {@code memory_limit} such as "2GB", or null for DuckDB's default (80% of RAM)
     * @throws SQLException also when the file is a store of another layout (written by another Lanelight version)
     */
    public static StagingDatabase open(Path file, String memoryLimit) throws SQLException {
        DuckDBConnection connection = connect(file);
        try (Statement statement = connection.createStatement()) {
            if (memoryLimit != null) {
                limitMemory(connection, memoryLimit);
            }
            checkLayout(statement, file);
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
            markLayout(statement);
            statement.execute(ParticipantNumbers.VIEW);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        // Appends join one transaction until commit(): committing every appender chunk would sync the file each time.
        connection.setAutoCommit(false);
        StagingDatabase database = new StagingDatabase(connection);
        database.loadStoredPlayers();
        database.openAppenders();
        return database;
    }

    /** DuckDB lets one process at a time open a file; its own message names neither the store nor a way out. */
    private static DuckDBConnection connect(Path file) throws SQLException {
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("Could not set lock")) {
                throw new SQLException(
                        "The store " + file + " is open in another process (another ingest, snapshot or aggregate on"
                                + " it): wait for that run to end, or give this run another --store file",
                        e);
            }
            if (String.valueOf(e.getMessage()).contains("not a valid DuckDB database file")) {
                throw new SQLException(
                        "The store " + file + " is not a DuckDB database: give --store a new file, or the path of a"
                                + " store written by ingest",
                        e);
            }
            throw e;
        }
    }

    private static void limitMemory(DuckDBConnection connection, String memoryLimit) throws SQLException {
        try (PreparedStatement limit = connection.prepareStatement("SET memory_limit = ?")) {
            limit.setString(1, memoryLimit);
            limit.execute();
        } catch (SQLException e) {
            throw new SQLException(
                    "--duckdb-memory=" + memoryLimit + " is not a size DuckDB reads: give a number and a unit, such as"
                            + " 2GB or 512MB",
                    e);
        }
    }

    /**
     * Refuses a store this version cannot read, before anything is written to it: one from before keys and arrays
     * (its participant_rows is a table), or one that says it is of another layout.
     */
    private static void checkLayout(Statement statement, Path file) throws SQLException {
        if (hasTable(statement, "participant_rows")) {
            throw new SQLException("The store " + file + " was written by an older Lanelight (layout 1, this"
                    + " version reads layout " + LAYOUT + "): delete it and ingest the matches again");
        }
        boolean marked = hasTable(statement, "store_layout");
        String layout = marked ? storedLayout(statement) : null;
        if (layout == null) {
            // Writing the store's tables into another database would change it and then fail on its tables.
            if (tableCount(statement) > (marked ? 1 : 0)) {
                throw new SQLException("The file " + file + " is a DuckDB database but no Lanelight store (it has"
                        + " tables and no store layout): give --store a new file, or delete this one when it is a"
                        + " store whose first run failed");
            }
            return;
        }
        if (!layout.equals(String.valueOf(LAYOUT))) {
            throw new SQLException("The store " + file + " is of layout " + layout + " and this version reads"
                    + " layout " + LAYOUT + ": delete it and ingest the matches again");
        }
    }

    /** The lowest layout the store names, as text (so a layout that is no number is named too), or null for none. */
    private static String storedLayout(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT MIN(CAST(layout AS VARCHAR)) FROM store_layout")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long tableCount(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT COUNT(*) FROM duckdb_tables() WHERE database_name = current_database()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean hasTable(Statement statement, String table) throws SQLException {
        // The names are constants of this class, never input.
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM duckdb_tables() WHERE table_name = '" + table
                + "' AND database_name = current_database()")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    private static void markLayout(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM store_layout")) {
            rows.next();
            if (rows.getLong(1) == 0) {
                statement.execute("INSERT INTO store_layout VALUES (" + LAYOUT + ")");
            }
        }
    }

    private void loadStoredPlayers() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT player_key FROM players")) {
            while (rows.next()) {
                storedPlayers.add(rows.getLong(1));
            }
        }
    }

    private void openAppenders() throws SQLException {
        matchRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "match_rows");
        matchBans = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "match_bans");
        players = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "players");
        participantStore = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "participant_store");
        timelineMatches = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "timeline_matches");
        timelineRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "timeline_rows");
    }

    private List<DuckDBAppender> appenders() {
        return List.of(matchRows, matchBans, players, participantStore, timelineMatches, timelineRows);
    }

    /** The match ids (timelines when {@code timelines}) already in the store, for de-duplication across runs. */
    Set<String> storedIds(boolean timelines) throws SQLException {
        Set<String> ids = new HashSet<>();
        String table = timelines ? "timeline_matches" : "match_rows";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT match_id FROM " + table)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * Fails when two different match ids of the store share a key (see {@link StoreKeys}), which would mix their rows
     * in every aggregate.
     */
    public void checkKeys() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MIN(match_id), MAX(match_id) FROM match_rows"
                        + " GROUP BY match_key HAVING COUNT(*) > 1 LIMIT 1")) {
            if (rows.next()) {
                throw new SQLException("The match ids " + rows.getString(1) + " and " + rows.getString(2)
                        + " share one 64-bit store key, so their rows cannot be told apart; remove one of the two"
                        + " matches from the input and build the store again");
            }
        }
    }

    /** True when a file with this path, size and modification time was ingested by an earlier run. */
    boolean alreadyIngested(String path, long sizeBytes, long modifiedMillis) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM ingested_files WHERE path = ? AND size_bytes = ? AND modified_ms = ?")) {
            query.setString(1, path);
            query.setLong(2, sizeBytes);
            query.setLong(3, modifiedMillis);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    void recordIngestedFile(String path, long sizeBytes, long modifiedMillis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ingested_files VALUES (?, ?, ?, ?)")) {
            insert.setString(1, path);
            insert.setLong(2, sizeBytes);
            insert.setLong(3, modifiedMillis);
            insert.setLong(4, System.currentTimeMillis());
            insert.execute();
        }
    }

    /** Replaces the known ranks (puuid → tier) with {@code ranks}; an empty list leaves only the ALL bracket. */
    public void replaceRanks(List<PlayerRank> ranks) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM player_ranks");
        }
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "player_ranks")) {
            for (PlayerRank rank : ranks) {
                appender.beginRow().append(rank.puuid()).append(rank.tier()).endRow();
            }
        }
    }

    void append(ParsedMatch match) throws SQLException {
        long matchKey = StoreKeys.matchKey(match.matchId());
        matchRows
                .beginRow()
                .append(matchKey)
                .append(match.matchId())
                .append(match.patch())
                .append(match.queueId())
                .append(match.gameStartMillis())
                .append(match.durationSeconds())
                .append(match.remake())
                .endRow();
        for (int championId : match.bannedChampionIds()) {
            matchBans.beginRow().append(matchKey).append(championId).endRow();
        }
        for (ParticipantRow participant : match.participants()) {
            appendParticipant(matchKey, participant);
        }
    }

    private void appendParticipant(long matchKey, ParticipantRow row) throws SQLException {
        participantStore.beginRow().append(matchKey);
        if (row.bot() || row.puuid().isEmpty()) {
            participantStore.appendNull();
        } else {
            long playerKey = StoreKeys.playerKey(row.puuid());
            if (storedPlayers.add(playerKey)) {
                players.beginRow().append(playerKey).append(row.puuid()).endRow();
            }
            participantStore.append(playerKey);
        }
        ParticipantNumbers.fill(row, numbers, nulls);
        if (numbers[ParticipantNumbers.ROLE_CODE] == 0) {
            participantStore.append(row.role());
        } else {
            participantStore.appendNull();
        }
        participantStore.append(numbers, nulls).endRow();
    }

    /** Appends a participant's timeline facts; fewer than 3 completed items are stored as no core (NULLs). */
    void appendTimeline(String matchId, Map<Integer, TimelineFacts> facts) throws SQLException {
        long matchKey = StoreKeys.matchKey(matchId);
        timelineMatches.beginRow().append(matchKey).append(matchId).endRow();
        for (Map.Entry<Integer, TimelineFacts> participant : facts.entrySet()) {
            appendTimelineRow(matchKey, participant.getKey(), participant.getValue());
        }
    }

    private void appendTimelineRow(long matchKey, int participantId, TimelineFacts facts) throws SQLException {
        timelineRows.beginRow().append(matchKey).append(participantId);
        appendInts(timelineRows, facts.coreItems().size() == 3 ? facts.coreItems() : List.of(), 3);
        appendNullable(timelineRows, facts.startItems().isEmpty() ? null : joined(facts.startItems()));
        appendNullable(timelineRows, facts.boots());
        appendNullable(timelineRows, facts.skillOrder());
        appendNullable(timelineRows, facts.goldAt15());
        timelineRows.endRow();
    }

    /** Ids joined with commas: the form of every build key. */
    public static String joined(List<Integer> ids) {
        StringBuilder key = new StringBuilder();
        for (int id : ids) {
            key.append(key.isEmpty() ? "" : ",").append(id);
        }
        return key.toString();
    }

    private static void appendNullable(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof Integer number) {
            appender.append(number.intValue());
        } else {
            appender.append(value.toString());
        }
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

    /** Flushes the appenders and commits everything ingested so far (rows and ledger entries) to the store. */
    void commit() throws SQLException {
        for (DuckDBAppender appender : appenders()) {
            appender.flush();
        }
        connection.commit();
    }

    /** Flushes and closes the appenders and commits; the connection stays open (auto-commit) for aggregation. */
    public Connection finishIngest() throws SQLException {
        for (DuckDBAppender appender : appenders()) {
            appender.close();
        }
        connection.commit();
        connection.setAutoCommit(true);
        return connection;
    }

    /**
     * Sends the tables that aggregation creates to an in-memory database (spilling to DuckDB's temp directory past
     * the memory limit), while unqualified names still find the store's tables: writing intermediate tables into the
     * store file would cost disk writes and compression for rows thrown away after export. Call after
     * {@link #finishIngest()}; {@link #leaveAggregationWorkspace()} drops everything created there.
     */
    public void enterAggregationWorkspace() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            storeCatalog = currentCatalog(statement);
            statement.execute("ATTACH ':memory:' AS " + WORKSPACE);
            statement.execute("USE " + WORKSPACE);
            statement.execute("SET search_path = '" + WORKSPACE + ".main," + quotedIdentifier(storeCatalog) + ".main'");
        }
    }

    public void leaveAggregationWorkspace() throws SQLException {
        if (storeCatalog == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("USE " + quotedIdentifier(storeCatalog));
            statement.execute("RESET search_path");
            statement.execute("DETACH " + WORKSPACE);
        }
        storeCatalog = null;
    }

    private static String currentCatalog(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The catalog name comes from the store's file name, so it is quoted rather than trusted. */
    private static String quotedIdentifier(String name) {
        if (name.contains("'")) {
            throw new IllegalArgumentException("A store file name must not contain a quote: " + name);
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
