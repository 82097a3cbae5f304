package gg.lanelight.backend.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.aggregate.Aggregator;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.ingest.MatchIngester;
import gg.lanelight.backend.ingest.StagingDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One snapshot build: a staging DuckDB file in a temporary work folder, an ingester feeding it, then aggregation and
 * publication. Closing it deletes the work folder. Not thread-safe.
 */
public final class SnapshotBuild implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotBuild.class);

    private final Path workFolder;
    private final StagingDatabase staging;
    private final MatchIngester ingester;

    private SnapshotBuild(Path workFolder, StagingDatabase staging, MatchIngester ingester) {
        this.workFolder = workFolder;
        this.staging = staging;
        this.ingester = ingester;
    }

    /** Starts a build with its staging database in a new temporary folder. */
    public static SnapshotBuild start(ItemCatalog items, ObjectMapper mapper) throws IOException, SQLException {
        Path workFolder = Files.createTempDirectory("lanelight-snapshot-");
        StagingDatabase staging = StagingDatabase.create(workFolder.resolve("staging.duckdb"));
        return new SnapshotBuild(workFolder, staging, new MatchIngester(staging, items, mapper));
    }

    public MatchIngester ingester() {
        return ingester;
    }

    /** Aggregates what was ingested and publishes it into {@code store}, keeping the newest {@code keep}. */
    public Manifest publish(SnapshotStore store, int keep, Clock clock) throws IOException, SQLException {
        LOG.info("Ingested {}", ingester.report().summary());
        Connection connection = staging.finishIngest();
        long started = System.nanoTime();
        Aggregator.run(connection);
        LOG.info("Aggregated in {} ms", (System.nanoTime() - started) / 1_000_000);
        return new SnapshotWriter(store, clock).publish(connection, ingester.report(), keep);
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            staging.close();
        } finally {
            SnapshotWriter.deleteTree(workFolder);
        }
    }
}
