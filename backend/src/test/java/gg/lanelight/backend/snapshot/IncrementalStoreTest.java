package gg.lanelight.backend.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.FixtureVariants;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A persistent store: a second build reads only the new files and its snapshot covers both. */
class IncrementalStoreTest {
    @TempDir
    Path folder;

    @Test
    void aSecondBuildReadsOnlyNewFilesAndCountsARepeatedMatchOnce() throws Exception {
        JsonNode fixture = TestData.fixtureMatch();
        Path input = Files.createDirectories(folder.resolve("crawl"));
        Path store = folder.resolve("store/ingest.duckdb");
        SnapshotStore snapshots = new SnapshotStore(folder.resolve("snapshots"));
        FixtureVariants.writeLines(input.resolve("day-1.json"), List.of(fixture));

        Manifest first = build(store, input, snapshots);
        FixtureVariants.writeLines(input.resolve("day-2.json"), List.of(FixtureVariants.copy(fixture, "KR_2", 1)));
        FixtureVariants.writeLines(input.resolve("day-2-again.json"), List.of(fixture));
        Manifest second = build(store, input, snapshots);

        assertEquals(1L, first.input().get("storeMatches"));
        assertEquals(1L, second.input().get("alreadyIngestedFiles"));
        assertEquals(2L, second.input().get("files"));
        assertEquals(2L, second.input().get("records"));
        assertEquals(Map.of("duplicate-match", 1L), second.input().get("skipsByReason"));
        assertEquals(2L, second.input().get("storeMatches"));
        assertEquals(
                List.of(List.of(2L, 2L)),
                TestData.query(
                        "SELECT games, wins FROM read_parquet(?) WHERE champion_id = 145",
                        TestData.parquet(snapshots.directory(), "champion_role_stats")));
    }

    private static Manifest build(Path store, Path input, SnapshotStore snapshots) throws Exception {
        try (SnapshotBuild build = SnapshotBuild.onStore(store, "512MB", ItemCatalog.bundled(), TestData.MAPPER)) {
            build.ingester().threads(2).ingestPaths(List.of(input));
            return build.publish(snapshots, 3, Clock.systemUTC());
        }
    }
}
