package gg.lanelight.backend.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.backend.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotPublishingTest {
    @TempDir
    Path snapshots;

    @Test
    void onlyTheNewestKeptSnapshotsRemainAndNoBuildingFolderIsLeft() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int build = 0; build < 4; build++) {
            ids.add(TestData.buildSnapshot(snapshots, List.of(TestData.fixtureMatchFile()))
                    .snapshotId());
        }

        try (Stream<Path> children = Files.list(snapshots)) {
            List<String> left = children.map(child -> child.getFileName().toString())
                    .sorted()
                    .toList();
            assertEquals(ids.subList(1, 4), left);
        }
        assertEquals(
                ids.get(3), new SnapshotStore(snapshots).newest().orElseThrow().snapshotId());
    }

    @Test
    void twoBuildsOfTheSameMatchesWriteTheSameBytes() throws Exception {
        var generator = gg.lanelight.backend.generate.MatchGenerator.bundled(
                new gg.lanelight.backend.generate.GeneratorOptions(3, 600, 0.2, List.of()));
        List<Path> files = new gg.lanelight.backend.generate.DatasetWriter(generator, TestData.MAPPER)
                .write(snapshots.resolve("matches"), 1);

        var first = TestData.buildSnapshot(snapshots.resolve("first"), files);
        var second = TestData.buildSnapshot(snapshots.resolve("second"), files);

        assertEquals(
                first.tables().stream()
                        .map(table -> table.file() + " " + table.sha256())
                        .toList(),
                second.tables().stream()
                        .map(table -> table.file() + " " + table.sha256())
                        .toList());
    }

    @Test
    void aStoreWithoutMatchesPublishesNothingAndSaysWhy() throws Exception {
        Path published = snapshots.resolve("published");
        Path bad = snapshots.resolve("bad.json");
        Files.writeString(bad, "this is no match\n");

        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> TestData.buildSnapshot(published, List.of(bad)));

        assertTrue(refused.getMessage().contains("holds no match"), refused.getMessage());
        assertTrue(
                Files.notExists(published) || Files.list(published).findAny().isEmpty(), "no snapshot was published");
    }

    @Test
    void idsMintedInTheSameMillisecondSortByTheirSuffix() {
        String base = "snap-20240403T101010123Z";
        assertTrue(SnapshotStore.compareIds(base, base + "-2") < 0);
        assertTrue(SnapshotStore.compareIds(base + "-2", base + "-10") < 0);
        assertTrue(SnapshotStore.compareIds(base + "-10", "snap-20240403T101010124Z") < 0);
    }

    @Test
    void aFolderWithoutManifestIsNotPublished() throws Exception {
        Files.createDirectories(snapshots.resolve("snap-20240403T101010123Z"));
        assertTrue(new SnapshotStore(snapshots).newest().isEmpty());
    }
}
