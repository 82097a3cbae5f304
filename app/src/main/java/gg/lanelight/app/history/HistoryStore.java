package gg.lanelight.app.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The local match history in a SQLite file (WAL mode). Thread-safe: one connection, used by one thread at a time.
 * Every method blocks on disk I/O and must never run on the JavaFX thread. Close it when the app exits.
 */
public final class HistoryStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryStore.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final int MAX_VERDICT_CHARS = 160;

    private static final String COLUMNS = "game_id, puuid, played_at_ms, queue_id, riot_id, champion_id, role, win,"
            + " kills, deaths, assists, creep_score, gold_earned, duration_seconds, complete";

    /** A complete row is kept when the same game arrives again incomplete (the client vanished after it ended). */
    private static final String UPSERT = "INSERT INTO match_history (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (game_id, puuid) DO UPDATE SET"
            + " played_at_ms = excluded.played_at_ms, queue_id = excluded.queue_id, riot_id = excluded.riot_id,"
            + " champion_id = excluded.champion_id, role = excluded.role, win = excluded.win,"
            + " kills = excluded.kills, deaths = excluded.deaths, assists = excluded.assists,"
            + " creep_score = excluded.creep_score, gold_earned = excluded.gold_earned,"
            + " duration_seconds = excluded.duration_seconds, complete = excluded.complete"
            + " WHERE excluded.complete = 1 OR match_history.complete = 0";

    private static final String NEWEST_FIRST = " ORDER BY played_at_ms DESC, game_id DESC LIMIT ?";
    private static final String RECENT_OF_PLAYER =
            "SELECT " + COLUMNS + " FROM match_history WHERE puuid = ?" + NEWEST_FIRST;
    private static final String RECENT = "SELECT " + COLUMNS + " FROM match_history" + NEWEST_FIRST;

    private final Path databaseFile;
    private final Connection connection;
    private boolean closed;

    private HistoryStore(Path databaseFile, Connection connection) {
        this.databaseFile = databaseFile;
        this.connection = connection;
    }

    /**
     * Opens the history in {@code databaseFile}, creating its folders, the file and the tables as needed and upgrading
     * an older file. A damaged file is renamed to {@code <name>.corrupt-<UTC timestamp>} beside it (never deleted) and
     * the exception says so ({@link HistoryException#keptAs()}); opening again then starts a new, empty history.
     */
    public static HistoryStore open(Path databaseFile) throws HistoryException {
        return open(databaseFile, Clock.systemUTC());
    }

    /**
     * Like {@link #open(Path)}, but a damaged file is set aside and a new, empty history is opened in its place at
     * once, so the games of this run are saved; {@code setAside} then receives a message for the player that says
     * where the damaged file was kept. Any thread; {@code setAside} runs on the caller's thread.
     */
    public static HistoryStore openReplacingDamaged(Path databaseFile, Consumer<String> setAside)
            throws HistoryException {
        return openReplacingDamaged(databaseFile, Clock.systemUTC(), setAside);
    }

    static HistoryStore openReplacingDamaged(Path databaseFile, Clock clock, Consumer<String> setAside)
            throws HistoryException {
        try {
            return open(databaseFile, clock);
        } catch (HistoryException e) {
            Path keptAs = e.keptAs().orElseThrow(() -> e);
            HistoryStore fresh = open(databaseFile, clock);
            setAside.accept("The match history " + fresh.databaseFile + " was damaged, so Lanelight kept it as "
                    + keptAs + " (nothing deleted) and started a new, empty history in its place: the games of"
                    + " this run are saved there.");
            return fresh;
        }
    }

    static HistoryStore open(Path databaseFile, Clock clock) throws HistoryException {
        Path file = databaseFile.toAbsolutePath();
        createFolder(file);

        Connection connection = connect(file);
        try {
            int version = prepare(connection, file);
            LOG.info("Match history opened at {} (schema version {})", file, version);
            return new HistoryStore(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failedToOpen(file, e, clock);
        } catch (HistoryException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Saves a game, replacing the row for the same (gameId, puuid), except that a complete row is never replaced by
     * an incomplete one. {@code playedAt} is kept to the millisecond; a null {@code riotId} or {@code role} is kept
     * as "". {@code puuid} and {@code playedAt} must not be null.
     */
    public synchronized void save(MatchRecord match) throws HistoryException {
        Objects.requireNonNull(match.puuid(), "puuid");
        Objects.requireNonNull(match.playedAt(), "playedAt");
        checkOpen();

        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            bind(upsert, match);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException(
                    "Lanelight could not save game " + match.gameId() + " to the match history " + databaseFile + " ("
                            + e.getMessage() + "). The game is missing from your history; check free disk space.",
                    e);
        }
    }

    /** The player's last {@code limit} games (limit ≥ 0), newest first; an empty list when there are none. */
    public synchronized List<MatchRecord> recent(String puuid, int limit) throws HistoryException {
        Objects.requireNonNull(puuid, "puuid");
        checkLimit(limit);
        checkOpen();

        try (PreparedStatement query = connection.prepareStatement(RECENT_OF_PLAYER)) {
            query.setString(1, puuid);
            query.setInt(2, limit);
            return readAll(query);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** The last {@code limit} games (limit ≥ 0) of every player who used Lanelight on this computer, newest first. */
    public synchronized List<MatchRecord> recent(int limit) throws HistoryException {
        checkLimit(limit);
        checkOpen();

        try (PreparedStatement query = connection.prepareStatement(RECENT)) {
            query.setInt(1, limit);
            return readAll(query);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** The file this store writes to (absolute). */
    public Path databaseFile() {
        return databaseFile;
    }

    /** Closes the file; later calls to other methods throw IllegalStateException. Calling it twice is harmless. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeQuietly(connection);
            LOG.debug("Match history at {} closed", databaseFile);
        }
    }

    private static void createFolder(Path file) throws HistoryException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new HistoryException(
                    "Lanelight could not create the folder " + file.getParent() + " for its match history (" + e
                            + "). Check that the folder can be written, or choose another with --data-dir.",
                    e);
        }
    }

    private static Connection connect(Path file) throws HistoryException {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new HistoryException(
                    "Lanelight could not open its match history " + file + " (" + e.getMessage() + "). Check that"
                            + " the file and its folder can be read and written, or choose another with --data-dir.",
                    e);
        }
    }

    /** Sets the connection up, checks the file is sound, and brings the schema up to date; returns its version. */
    private static int prepare(Connection connection, Path file) throws SQLException, HistoryException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            checkSound(statement);
            statement.execute("PRAGMA journal_mode = WAL");
            // In WAL mode NORMAL survives an app crash intact; only a power cut may lose the last saved game.
            statement.execute("PRAGMA synchronous = NORMAL");
        }

        int version = HistorySchema.version(connection);
        if (version > HistorySchema.CURRENT_VERSION) {
            throw new HistoryException(
                    "The match history " + file + " was written by a newer Lanelight (schema version " + version
                            + ", this one knows " + HistorySchema.CURRENT_VERSION + "). Update Lanelight to see it.",
                    null);
        }
        HistorySchema.migrate(connection, version);
        return HistorySchema.CURRENT_VERSION;
    }

    /** Reads every page header once; damage SQLite only notices on read is found here, not in the middle of a game. */
    private static void checkSound(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            String verdict = result.next() ? result.getString(1) : "ok";
            if (!"ok".equals(verdict)) {
                throw new SQLiteException(
                        "integrity check failed: " + firstLines(verdict), SQLiteErrorCode.SQLITE_CORRUPT);
            }
        }
    }

    /** SQLite lists every damaged cell; the first few say enough for a message a player may read. */
    private static String firstLines(String verdict) {
        String oneLine = verdict.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_VERDICT_CHARS ? oneLine : oneLine.substring(0, MAX_VERDICT_CHARS) + "…";
    }

    private static HistoryException failedToOpen(Path file, SQLException e, Clock clock) {
        if (!DamagedFiles.isDamage(e)) {
            return new HistoryException(
                    "Lanelight could not open its match history " + file + " (" + e.getMessage() + "). Check that"
                            + " no other program holds the file and that its folder can be written.",
                    e);
        }
        try {
            Path keptAs = DamagedFiles.moveAside(file, clock);
            LOG.warn("Match history {} is damaged ({}); kept it as {}", file, e.getMessage(), keptAs);
            return new HistoryException(
                    "The match history " + file + " is damaged (" + e.getMessage() + "). Lanelight kept it as " + keptAs
                            + " and deleted nothing; opening the history again starts a new, empty one.",
                    e,
                    keptAs);
        } catch (IOException moveFailure) {
            e.addSuppressed(moveFailure);
            return new HistoryException(
                    "The match history " + file + " is damaged (" + e.getMessage() + ") and could not be renamed ("
                            + moveFailure + "). Move the file elsewhere yourself to start a new history.",
                    e);
        }
    }

    private HistoryException readFailure(SQLException e) {
        return new HistoryException(
                "Lanelight could not read the match history " + databaseFile + " (" + e.getMessage() + "). Restart"
                        + " Lanelight; if the file is damaged it is set aside and a new history starts.",
                e);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The match history " + databaseFile + " is closed");
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
        }
    }

    private static void bind(PreparedStatement statement, MatchRecord match) throws SQLException {
        statement.setLong(1, match.gameId());
        statement.setString(2, match.puuid());
        statement.setLong(3, match.playedAt().toEpochMilli());
        statement.setInt(4, match.queueId());
        statement.setString(5, Objects.requireNonNullElse(match.riotId(), ""));
        statement.setInt(6, match.championId());
        statement.setString(7, Objects.requireNonNullElse(match.role(), ""));
        statement.setBoolean(8, match.win());
        statement.setInt(9, match.kills());
        statement.setInt(10, match.deaths());
        statement.setInt(11, match.assists());
        statement.setInt(12, match.creepScore());
        statement.setInt(13, match.goldEarned());
        statement.setLong(14, match.durationSeconds());
        statement.setBoolean(15, match.complete());
    }

    private static List<MatchRecord> readAll(PreparedStatement query) throws SQLException {
        List<MatchRecord> matches = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                matches.add(read(rows));
            }
        }
        return matches;
    }

    private static MatchRecord read(ResultSet row) throws SQLException {
        return new MatchRecord(
                row.getLong("game_id"),
                row.getString("puuid"),
                Instant.ofEpochMilli(row.getLong("played_at_ms")),
                row.getInt("queue_id"),
                row.getString("riot_id"),
                row.getInt("champion_id"),
                row.getString("role"),
                row.getBoolean("win"),
                row.getInt("kills"),
                row.getInt("deaths"),
                row.getInt("assists"),
                row.getInt("creep_score"),
                row.getInt("gold_earned"),
                row.getLong("duration_seconds"),
                row.getBoolean("complete"));
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the match history connection failed: {}", e.getMessage());
        }
    }
}
