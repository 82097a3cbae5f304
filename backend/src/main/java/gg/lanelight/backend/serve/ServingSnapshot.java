package gg.lanelight.backend.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.serve.ApiResponses.Matchup;
import gg.lanelight.backend.serve.ApiResponses.PlayerSummary;
import gg.lanelight.backend.serve.ApiResponses.RecentMatch;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import gg.lanelight.backend.snapshot.SnapshotTable;
import gg.lanelight.backend.snapshot.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A published snapshot, immutable once loaded: every champion response serialised at load (see
 * {@link PrecomputedResponses}), and its tables in its own in-memory DuckDB for player lookups. A request reads the
 * served snapshot once and answers from it alone, so no response mixes two snapshots. Player queries run on pooled
 * {@link QuerySession}s (a DuckDB connection must not be shared between threads). Thread-safe; DuckDB users bracket
 * their use with {@link #retain()} / {@link #release()} so that a retired snapshot closes after its last query.
 */
final class ServingSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(ServingSnapshot.class);

    static final int DEFAULT_QUEUE = 420;

    /** Lobby cards ask for the same few players again and again; the first {@value #CACHED_PLAYERS} found stay. */
    static final int CACHED_PLAYERS = 50_000;

    /** At most this many players of the previous snapshot are looked up before a swap, and for at most this long. */
    static final int WARM_PLAYERS = 20_000;

    /**
     * Known limitation: a paced load counts its pauses against this deadline, so beside heavy traffic up to half as
     * many players are looked up before the swap and more first requests after it wait for DuckDB.
     */
    static final long WARM_NANOS = 10_000_000_000L;

    /** Tables of the first backend, which /v1/builds and /v1/players read: a snapshot without one is refused. */
    static final Set<SnapshotTable> REQUIRED_TABLES = EnumSet.of(
            SnapshotTable.CHAMPION_ROLE_STATS,
            SnapshotTable.CORE_ITEM_BUILDS,
            SnapshotTable.RUNE_PAGES,
            SnapshotTable.SPELL_PAIRS,
            SnapshotTable.PLAYER_SUMMARY,
            SnapshotTable.PLAYER_CHAMPIONS);

    /**
     * Tables of tier lists, champion pages and matchups (issue 3). Snapshots published before them still serve builds
     * and players; their tier list, champion and matchup answers are 404 {@code no-games}.
     */
    static final Set<SnapshotTable> CHAMPION_PAGE_TABLES =
            EnumSet.of(SnapshotTable.CHAMPION_STATS, SnapshotTable.BUILD_STATS, SnapshotTable.MATCHUPS);

    private final String snapshotId;
    private final Instant createdAt;
    private final Instant loadedAt;
    private final List<String> patches;
    private final DuckDBConnection root;
    private final ObjectMapper mapper;
    private final Set<SnapshotTable> tables;
    private final Map<String, PreparedResponse> precomputed;
    private final Map<String, Matchup> matchups;
    private final Map<String, PreparedResponse> players = new ConcurrentHashMap<>();
    private final Map<String, List<RecentMatch>> recentMatches = new ConcurrentHashMap<>();
    /** Answers serialised on first request and kept (matchups, first pages of recent matches), bounded. */
    private final Map<String, PreparedResponse> lazyAnswers = new ConcurrentHashMap<>();

    private final ConcurrentLinkedDeque<QuerySession> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger users = new AtomicInteger(1);

    private ServingSnapshot(
            PublishedSnapshot published,
            Set<SnapshotTable> tables,
            List<String> patches,
            DuckDBConnection root,
            ObjectMapper mapper,
            PrecomputedResponses.Precomputed precomputed) {
        this.snapshotId = published.snapshotId();
        this.createdAt = createdAt(published.manifest());
        this.loadedAt = Instant.now();
        this.patches = patches;
        this.root = root;
        this.mapper = mapper;
        this.tables = tables;
        this.precomputed = precomputed.responses();
        this.matchups = precomputed.matchups();
    }

    /**
     * Verifies every file against the manifest (present, size, sha256), loads the tables into memory and serialises
     * the champion responses, then looks up {@code hotPuuids} (the players asked for from the previous snapshot) so
     * that the first requests after the swap do not all queue for DuckDB. Runs on the loader thread only.
     *
     * @param pacer paces the load between its steps (so that a swap leaves CPU to live traffic)
     * @throws SnapshotRejectedException when a file is missing, partial or corrupt
     */
    static ServingSnapshot load(PublishedSnapshot published, ObjectMapper mapper, HotPlayers hotPuuids, LoadPacer pacer)
            throws IOException, SQLException, SnapshotRejectedException {
        Set<SnapshotTable> tables = verifyFiles(published, pacer);
        DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = root.createStatement()) {
            // one thread: a load runs beside live traffic and must leave the other core to it
            statement.execute("SET threads = 1");
            for (SnapshotTable table : tables) {
                loadTable(root, table, published.file(table));
                pacer.pace();
            }
            createIndexes(statement, tables, pacer);
            PrecomputedResponses.Precomputed precomputed = PrecomputedResponses.of(
                    root, published.snapshotId(), mapper, tables.containsAll(CHAMPION_PAGE_TABLES), pacer);
            ServingSnapshot snapshot =
                    new ServingSnapshot(published, tables, patches(statement), root, mapper, precomputed);
            snapshot.warmPlayers(hotPuuids.players(), hotPuuids.recentMatches(), pacer);
            return snapshot;
        } catch (SQLException | RuntimeException | JsonProcessingException e) {
            root.close();
            throw e;
        }
    }

    private static void createIndexes(Statement statement, Set<SnapshotTable> tables, LoadPacer pacer)
            throws SQLException {
        statement.execute("CREATE INDEX player_summary_by_puuid ON player_summary (puuid)");
        pacer.pace();
        statement.execute("CREATE INDEX player_champions_by_puuid ON player_champions (puuid)");
        pacer.pace();
        if (tables.contains(SnapshotTable.PLAYER_RECENT_MATCHES)) {
            statement.execute("CREATE INDEX player_recent_matches_by_puuid ON player_recent_matches (puuid)");
            pacer.pace();
        }
    }

    /** Checks the manifest and every file; returns the tables to load (the required ones plus those present). */
    private static Set<SnapshotTable> verifyFiles(PublishedSnapshot published, LoadPacer pacer)
            throws IOException, SnapshotRejectedException {
        if (published.manifest().formatVersion() != Manifest.FORMAT_VERSION) {
            throw new SnapshotRejectedException(
                    "format",
                    "it has format version " + published.manifest().formatVersion() + ", this server reads "
                            + Manifest.FORMAT_VERSION);
        }
        Set<SnapshotTable> present = EnumSet.noneOf(SnapshotTable.class);
        for (SnapshotTable table : SnapshotTable.values()) {
            boolean listed = published.manifest().tables().stream()
                    .anyMatch(file -> file.file().equals(table.fileName()));
            if (listed) {
                present.add(table);
            } else if (REQUIRED_TABLES.contains(table)) {
                throw new SnapshotRejectedException("missing-file", "its manifest lists no " + table.fileName());
            }
        }
        for (Manifest.TableFile file : published.manifest().tables()) {
            verifyFile(published.folder().resolve(file.file()), file);
            pacer.pace();
        }
        return present;
    }

    private static void verifyFile(Path path, Manifest.TableFile file) throws IOException, SnapshotRejectedException {
        if (!Files.isRegularFile(path)) {
            throw new SnapshotRejectedException("missing-file", file.file() + " is missing");
        }
        if (Files.size(path) != file.bytes()) {
            throw new SnapshotRejectedException(
                    "partial-file",
                    file.file() + " has " + Files.size(path) + " bytes, the manifest says " + file.bytes());
        }
        if (!SnapshotWriter.sha256(path).equals(file.sha256())) {
            throw new SnapshotRejectedException("checksum", file.file() + " does not match its manifest sha256");
        }
    }

    private static void loadTable(DuckDBConnection root, SnapshotTable table, Path file) throws SQLException {
        String ddl = "CREATE TABLE " + table.tableName() + " AS SELECT * FROM read_parquet(?)";
        try (PreparedStatement load = root.prepareStatement(ddl)) {
            load.setString(1, file.toAbsolutePath().toString());
            load.execute();
        }
    }

    /** Patches in numeric order ("14.10" after "14.9"), newest last. */
    private static List<String> patches(Statement statement) throws SQLException {
        List<String> patches = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT DISTINCT patch FROM champion_role_stats")) {
            while (rows.next()) {
                patches.add(rows.getString(1));
            }
        }
        patches.sort(Comparator.comparingInt((String patch) -> Integer.parseInt(patch.split("\\.")[0]))
                .thenComparingInt(patch -> Integer.parseInt(patch.split("\\.")[1])));
        return List.copyOf(patches);
    }

    private static Instant createdAt(Manifest manifest) {
        try {
            return Instant.parse(manifest.createdAt());
        } catch (DateTimeParseException | NullPointerException e) {
            LOG.warn("Snapshot {} has no readable createdAt; its age counts from now", manifest.snapshotId());
            return Instant.now();
        }
    }

    String snapshotId() {
        return snapshotId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant loadedAt() {
        return loadedAt;
    }

    List<String> patches() {
        return patches;
    }

    /** The newest patch, the default of the champion endpoints ("" for a snapshot without champion games). */
    String defaultPatch() {
        return patches.isEmpty() ? "" : patches.get(patches.size() - 1);
    }

    /** A response serialised at load, or null when the snapshot has no such cell (see PrecomputedResponses keys). */
    PreparedResponse precomputed(String key) {
        return precomputed.get(key);
    }

    /** One matchup, or null when the snapshot has no games of it. */
    Matchup matchup(String key) {
        return matchups.get(key);
    }

    /** The player's summary if it was asked for before (no DuckDB), else null. Any thread, never blocks. */
    PreparedResponse cachedPlayer(String puuid) {
        return players.get(puuid);
    }

    /**
     * The player's summary as JSON, or empty when the snapshot has no game of this puuid. Blocks on DuckDB: worker
     * threads only, between {@link #retain()} and {@link #release()}.
     */
    Optional<PreparedResponse> player(String puuid) throws SQLException, JsonProcessingException {
        PreparedResponse cached = players.get(puuid);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PlayerSummary> player = queryPlayer(puuid);
        if (player.isEmpty()) {
            return Optional.empty();
        }
        PreparedResponse response = PreparedResponse.cacheable(
                200, mapper.writeValueAsBytes(player.get()), snapshotId, PrecomputedResponses.CACHE_CONTROL);
        if (players.size() < CACHED_PLAYERS) {
            players.put(puuid, response);
        }
        return Optional.of(response);
    }

    /** True when the snapshot holds recent matches (snapshots before issue 3 do not). */
    boolean hasRecentMatches() {
        return tables.contains(SnapshotTable.PLAYER_RECENT_MATCHES);
    }

    /** The player's recent games if looked up before (no DuckDB), else null. Any thread, never blocks. */
    List<RecentMatch> cachedRecentMatches(String puuid) {
        return recentMatches.get(puuid);
    }

    /**
     * A player's recent games, newest first, or empty when none. Worker threads only, as {@link #player}.
     *
     * <p>Known limitation: a snapshot keeps each player's last 20 games only, so paging ends after 20 and older games
     * cannot be listed.
     */
    List<RecentMatch> recentMatches(String puuid) throws SQLException {
        List<RecentMatch> cached = recentMatches.get(puuid);
        if (cached != null) {
            return cached;
        }
        QuerySession session = borrow();
        try {
            List<RecentMatch> matches = session.recentMatches(puuid);
            if (recentMatches.size() < CACHED_PLAYERS) {
                recentMatches.put(puuid, matches);
            }
            return matches;
        } finally {
            idle.push(session);
        }
    }

    private QuerySession borrow() throws SQLException {
        QuerySession session = idle.poll();
        return session != null ? session : new QuerySession(root.duplicate(), hasRecentMatches());
    }

    private Optional<PlayerSummary> queryPlayer(String puuid) throws SQLException {
        QuerySession session = borrow();
        try {
            return session.player(snapshotId, puuid);
        } finally {
            idle.push(session);
        }
    }

    private void warmPlayers(List<String> summaries, List<String> recent, LoadPacer pacer)
            throws SQLException, JsonProcessingException {
        long deadline = System.nanoTime() + WARM_NANOS;
        int warmed = 0;
        for (String puuid : summaries.subList(0, Math.min(WARM_PLAYERS, summaries.size()))) {
            if (System.nanoTime() > deadline) {
                break;
            }
            player(puuid);
            pacer.pace();
            warmed++;
        }
        for (String puuid : recent.subList(0, Math.min(WARM_PLAYERS, recent.size()))) {
            if (System.nanoTime() > deadline || !hasRecentMatches()) {
                break;
            }
            recentMatches(puuid);
            pacer.pace();
            warmed++;
        }
        LOG.debug("Snapshot {}: looked up {} players asked for before", snapshotId, warmed);
    }

    /** The players clients asked for (summaries and recent matches), for the next snapshot's warm-up. */
    HotPlayers hotPlayers() {
        return new HotPlayers(List.copyOf(players.keySet()), List.copyOf(recentMatches.keySet()));
    }

    /** An answer kept by {@link #keepAnswer}, or null. Any thread, never blocks. */
    PreparedResponse keptAnswer(String key) {
        return lazyAnswers.get(key);
    }

    /** Keeps an answer serialised for one request for the next ones (up to {@value #CACHED_PLAYERS} answers). */
    void keepAnswer(String key, PreparedResponse answer) {
        if (lazyAnswers.size() < CACHED_PLAYERS) {
            lazyAnswers.put(key, answer);
        }
    }

    /** Puuids whose summaries and whose recent matches were asked for; none for the first snapshot. */
    record HotPlayers(List<String> players, List<String> recentMatches) {
        static final HotPlayers NONE = new HotPlayers(List.of(), List.of());
    }

    /** Marks one more DuckDB user; false when the snapshot is already closed (the caller should look again). */
    boolean retain() {
        return users.getAndUpdate(count -> count == 0 ? 0 : count + 1) > 0;
    }

    /** Ends one use; the last release after {@link #retire()} closes the database. */
    void release() {
        if (users.decrementAndGet() == 0) {
            closeAll();
        }
    }

    /** Drops the holder's own reference, so the database closes once in-flight queries are done. */
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
