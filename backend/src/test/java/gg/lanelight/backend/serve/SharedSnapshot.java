package gg.lanelight.backend.serve;

import gg.lanelight.backend.TestData;
import gg.lanelight.backend.generate.DatasetWriter;
import gg.lanelight.backend.generate.FeaturedPlayer;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.generate.MatchGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One real snapshot built by the pipeline (generator, ingest, aggregate, parquet) from 300 generated matches plus
 * the recorded fixture match, built once per test JVM and copied into each test's own folder.
 */
final class SharedSnapshot {
    static final String FEATURED = "featured-scout";

    private static Path built;

    private SharedSnapshot() {}

    /** A snapshots folder holding the shared snapshot, copied into {@code target}. */
    static synchronized Path copyInto(Path target) throws Exception {
        if (built == null) {
            built = build();
        }
        Path snapshots = target.resolve("snapshots");
        try (Stream<Path> folders = Files.list(built)) {
            for (Path folder : folders.toList()) {
                SnapshotCopies.copyFolder(folder, snapshots.resolve(folder.getFileName()));
            }
        }
        return snapshots;
    }

    private static Path build() throws Exception {
        Path root = Files.createTempDirectory("lanelight-serve-test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
        GeneratorOptions options = new GeneratorOptions(21, 300, 0.2, List.of(FeaturedPlayer.of(FEATURED)));
        new DatasetWriter(MatchGenerator.bundled(options), TestData.MAPPER).write(root.resolve("matches"), 2);
        Path snapshots = root.resolve("snapshots");
        TestData.buildSnapshot(snapshots, List.of(root.resolve("matches"), TestData.fixtureMatchFile()));
        return snapshots;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
