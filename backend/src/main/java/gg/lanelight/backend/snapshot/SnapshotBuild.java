package gg.lanelight.backend.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.aggregate.Aggregator;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.ingest.MatchIngester;
import gg.lanelight.backend.ingest.PlayerRank;
import gg.lanelight.backend.ingest.StagingDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One snapshot build: an ingest store (a temporary one deleted on close, or a persistent one that later builds add
 * to), an ingester feeding it, then aggregation and publication. Not thread-safe.
 */
public final class SnapshotBuild implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotBuild.class);

    private final Path temporaryFolder;
    private final StagingDatabase staging;
    private final MatchIngester ingester;
    private long aggregateMillis;

    private SnapshotBuild(Path temporaryFolder, StagingDatabase staging, MatchIngester ingester) {
        this.temporaryFolder = temporaryFolder;
        this.staging = staging;
        this.ingester = ingester;
    }

    /**
     * Starts a build with its store in a new temporary folder, deleted on close.
     *
     * @param memoryLimit DuckDB's memory_limit, e.g. "2GB", or null for DuckDB's default
     */
    public static SnapshotBuild start(String memoryLimit, ItemCatalog items, ObjectMapper mapper)
            throws IOException, SQLException {
        Path workFolder = Files.createTempDirectory("lanelight-snapshot-");
        StagingDatabase staging;
        try {
            staging = StagingDatabase.create(workFolder.resolve("staging.duckdb"), memoryLimit);
        } catch (SQLException e) {
            SnapshotWriter.deleteTree(workFolder);
            throw e;
        }
        return new SnapshotBuild(workFolder, staging, new MatchIngester(staging, items, mapper));
    }

    /**
     * Starts a build on a persistent store file, created when missing: matches and files ingested by earlier builds
     * stay in it and are not read again.
     *
     * @param memoryLimit DuckDB's memory_limit, e.g. "2GB", or null for DuckDB's default
     */
    public static SnapshotBuild onStore(Path storeFile, String memoryLimit, ItemCatalog items, ObjectMapper mapper)
            throws IOException, SQLException {
        Files.createDirectories(storeFile.toAbsolutePath().getParent());
        StagingDatabase staging = StagingDatabase.open(storeFile, memoryLimit);
        try {
            return new SnapshotBuild(null, staging, new MatchIngester(staging, items, mapper));
        } catch (SQLException e) {
            staging.close();
            throw e;
        }
    }

    public MatchIngester ingester() {
        return ingester;
    }

    /** Replaces the store's player ranks (the rank brackets of the next aggregation). */
    public void useRanks(List<PlayerRank> ranks) throws SQLException {
        staging.replaceRanks(ranks);
    }

    /** Commits what was ingested to the store without publishing (the {@code ingest} command). */
    public void commitIngest() throws SQLException {
        staging.finishIngest();
    }

    /** Milliseconds the last {@link #publish} spent in the aggregate SQL. */
    public long aggregateMillis() {
        return aggregateMillis;
    }

    /** Aggregates everything in the store and publishes it into {@code store}, keeping the newest {@code keep}. */
    public Manifest publish(SnapshotStore store, int keep, Clock clock) throws IOException, SQLException {
        LOG.info("Ingested {}", ingester.report().summary());
        Connection connection = staging.finishIngest();
        long storeMatches = count(connection, "SELECT COUNT(*) FROM match_rows");
        if (storeMatches == 0) {
            // An empty snapshot would replace the one being served with one that knows no champion and no player.
            throw new IllegalStateException("The store holds no match, so no snapshot was published: ingest matches"
                    + " into it first (a run whose input had no readable match leaves the store empty)");
        }
        staging.checkKeys();
        staging.enterAggregationWorkspace();
        try {
            long started = System.nanoTime();
            Aggregator.run(connection, SnapshotTable.names());
            aggregateMillis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Aggregated in {} ms", aggregateMillis);
            return new SnapshotWriter(store, clock).publish(connection, inputCounts(connection, storeMatches), keep);
        } finally {
            staging.leaveAggregationWorkspace();
        }
    }

    private Map<String, Object> inputCounts(Connection connection, long storeMatches) throws SQLException {
        Map<String, Object> input = new LinkedHashMap<>(ingester.report().asManifestInput());
        input.put("storeMatches", storeMatches);
        input.put("storeTimelines", count(connection, "SELECT COUNT(DISTINCT match_key) FROM timeline_rows"));
        input.put("rankedPlayers", count(connection, "SELECT COUNT(*) FROM player_ranks"));
        return input;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            staging.close();
        } finally {
            if (temporaryFolder != null) {
                SnapshotWriter.deleteTree(temporaryFolder);
            }
        }
    }
}
