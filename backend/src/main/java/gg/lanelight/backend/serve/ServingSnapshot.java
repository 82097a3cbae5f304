package gg.lanelight.backend.serve;

import gg.lanelight.backend.serve.ApiResponses.Build;
import gg.lanelight.backend.serve.ApiResponses.PlayerSummary;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import gg.lanelight.backend.snapshot.SnapshotTable;
import gg.lanelight.backend.snapshot.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A published snapshot loaded into its own in-memory DuckDB database. Queries run on pooled {@link QuerySession}s,
 * one per concurrent request, since a DuckDB connection must not be shared between threads. Thread-safe; callers
 * bracket use with {@link #retain()} / {@link #release()} so that a retired snapshot closes after its last request.
 */
final class ServingSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(ServingSnapshot.class);

    /**
     * A build key is shown only with at least this share of its cell's games (and at least one game).
     *
     * <p>Known limitation: the shown build is the most played one with raw win rates (no Wilson bound or shrinkage),
     * so a champion with few games can show a build seen in a single game.
     */
    static final double MIN_BUILD_SHARE = 0.01;

    static final int DEFAULT_QUEUE = 420;

    private final String snapshotId;
    private final DuckDBConnection root;
    private final String defaultPatch;
    private final ConcurrentLinkedDeque<QuerySession> idle = new ConcurrentLinkedDeque<>();
    /** Builds are few (champion × role × patch × queue cells that exist) and immutable per snapshot: hot keys. */
    private final Map<BuildCell, Build> builds = new ConcurrentHashMap<>();
    /** Lobby cards ask for the same few players again and again; the first {@value #CACHED_PLAYERS} found stay. */
    private final Map<String, PlayerSummary> players = new ConcurrentHashMap<>();

    static final int CACHED_PLAYERS = 50_000;

    private final AtomicInteger users = new AtomicInteger(1);

    private ServingSnapshot(String snapshotId, DuckDBConnection root, String defaultPatch) {
        this.snapshotId = snapshotId;
        this.root = root;
        this.defaultPatch = defaultPatch;
    }

    /** Verifies every file's checksum against the manifest, then loads the tables into memory. */
    static ServingSnapshot load(PublishedSnapshot published) throws IOException, SQLException {
        verifyChecksums(published);
        DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = root.createStatement()) {
            statement.execute("SET threads = 2");
            for (SnapshotTable table : SnapshotTable.values()) {
                loadTable(root, table, published.file(table));
            }
            statement.execute("CREATE INDEX player_summary_by_puuid ON player_summary (puuid)");
            statement.execute("CREATE INDEX player_champions_by_puuid ON player_champions (puuid)");
            return new ServingSnapshot(published.snapshotId(), root, newestPatch(statement));
        } catch (SQLException | RuntimeException e) {
            root.close();
            throw e;
        }
    }

    private static void verifyChecksums(PublishedSnapshot published) throws IOException {
        for (Manifest.TableFile file : published.manifest().tables()) {
            Path path = published.folder().resolve(file.file());
            if (!SnapshotWriter.sha256(path).equals(file.sha256())) {
                throw new IOException("Snapshot " + published.snapshotId() + " file " + file.file()
                        + " does not match its manifest checksum; rebuild the snapshot");
            }
        }
    }

    private static void loadTable(DuckDBConnection root, SnapshotTable table, Path file) throws SQLException {
        String ddl = "CREATE TABLE " + table.tableName() + " AS SELECT * FROM read_parquet(?)";
        try (PreparedStatement load = root.prepareStatement(ddl)) {
            load.setString(1, file.toAbsolutePath().toString());
            load.execute();
        }
    }

    /** Patches sort numerically ("14.10" after "14.9"); the newest is the default of the builds endpoint. */
    private static String newestPatch(Statement statement) throws SQLException {
        List<String> patches = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT DISTINCT patch FROM champion_role_stats")) {
            while (rows.next()) {
                patches.add(rows.getString(1));
            }
        }
        return patches.stream()
                .max(Comparator.comparingInt((String patch) -> Integer.parseInt(patch.split("\\.")[0]))
                        .thenComparingInt(patch -> Integer.parseInt(patch.split("\\.")[1])))
                .orElse("");
    }

    String snapshotId() {
        return snapshotId;
    }

    String defaultPatch() {
        return defaultPatch;
    }

    /** The build of a cell, or empty when the cell has no games. Found builds are kept for the next request. */
    Optional<Build> build(BuildCell key) throws SQLException {
        Build cached = builds.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Build> build = queryBuild(key);
        build.ifPresent(found -> builds.put(key, found));
        return build;
    }

    private Optional<Build> queryBuild(BuildCell key) throws SQLException {
        QuerySession session = borrow();
        try {
            Optional<long[]> cell = session.cell(key);
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            long games = cell.get()[0];
            long wins = cell.get()[1];
            long minGames = Math.max(1, (long) Math.ceil(games * MIN_BUILD_SHARE));
            return Optional.of(new Build(
                    snapshotId,
                    key.championId(),
                    key.role(),
                    key.patch(),
                    key.queue(),
                    games,
                    wins,
                    ApiResponses.rate(wins, games),
                    session.coreItems(key, minGames),
                    session.runes(key, minGames),
                    session.spells(key, minGames)));
        } finally {
            idle.push(session);
        }
    }

    /** The player's summary, or empty when the snapshot has no game of this puuid. */
    Optional<PlayerSummary> player(String puuid) throws SQLException {
        PlayerSummary cached = players.get(puuid);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PlayerSummary> player = queryPlayer(puuid);
        if (player.isPresent() && players.size() < CACHED_PLAYERS) {
            players.put(puuid, player.get());
        }
        return player;
    }

    private Optional<PlayerSummary> queryPlayer(String puuid) throws SQLException {
        QuerySession session = borrow();
        try {
            return session.player(snapshotId, puuid);
        } finally {
            idle.push(session);
        }
    }

    private QuerySession borrow() throws SQLException {
        QuerySession session = idle.poll();
        return session != null ? session : new QuerySession(root.duplicate());
    }

    /** Marks one more user; false when the snapshot is already closed (the caller should look again). */
    boolean retain() {
        return users.getAndUpdate(count -> count == 0 ? 0 : count + 1) > 0;
    }

    /** Ends one use; the last release after {@link #retire()} closes the database. */
    void release() {
        if (users.decrementAndGet() == 0) {
            closeAll();
        }
    }

    /** Drops the holder's own reference, so the snapshot closes once in-flight requests are done. */
    void retire() {
        release();
    }

    private void closeAll() {
        try {
            for (QuerySession session = idle.poll(); session != null; session = idle.poll()) {
                session.close();
            }
            root.close();
            LOG.info("Closed snapshot {}", snapshotId);
        } catch (SQLException e) {
            LOG.warn("Closing snapshot {} failed: {}", snapshotId, e.getMessage());
        }
    }
}
