package gg.lanelight.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotBuild;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers: the recorded fixtures, snapshot builds and reading a snapshot's parquet back with DuckDB. */
public final class TestData {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private TestData() {}

    public static Path fixtures() {
        return Path.of(System.getProperty("lanelight.fixtures", "../../shared/fixtures"));
    }

    public static Path fixtureMatchFile() {
        return fixtures().resolve("matchv5/KR_7014499581.match.json");
    }

    public static Path fixtureTimelineFile() {
        return fixtures().resolve("matchv5/KR_7014499581.timeline.json");
    }

    public static JsonNode fixtureMatch() throws IOException {
        return MAPPER.readTree(fixtureMatchFile().toFile());
    }

    public static JsonNode fixtureTimeline() throws IOException {
        return MAPPER.readTree(fixtureTimelineFile().toFile());
    }

    /** Ingests {@code inputs} and publishes one snapshot into {@code snapshots}. */
    public static Manifest buildSnapshot(Path snapshots, List<Path> inputs) throws Exception {
        try (SnapshotBuild build = SnapshotBuild.start(null, ItemCatalog.bundled(), MAPPER)) {
            build.ingester().ingestPaths(inputs);
            return build.publish(new SnapshotStore(snapshots), 3, Clock.systemUTC());
        }
    }

    /** Rows of a query over a snapshot's parquet files; {@code ?} parameters are bound in order. */
    public static List<List<Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The parquet file of a table in the newest snapshot of {@code snapshots}, as a path string for read_parquet. */
    public static String parquet(Path snapshots, String table) throws IOException {
        SnapshotStore.PublishedSnapshot newest =
                new SnapshotStore(snapshots).newest().orElseThrow();
        return newest.folder().resolve(table + ".parquet").toString();
    }
}
