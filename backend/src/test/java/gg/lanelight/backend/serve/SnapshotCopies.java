package gg.lanelight.backend.serve;

import gg.lanelight.backend.TestData;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Publishes copies of a real snapshot under new ids (as a new pipeline run would), whole or damaged. */
final class SnapshotCopies {
    private SnapshotCopies() {}

    /** Copies the newest snapshot of {@code snapshots} to {@code <newest id>-<suffix>} and publishes it atomically. */
    static String republish(Path snapshots, int suffix) throws IOException {
        return publish(snapshots, suffix, null);
    }

    /** As {@link #republish}, with one byte in the middle of {@code file} flipped (its checksum no longer matches). */
    static String republishCorrupt(Path snapshots, int suffix, String file) throws IOException {
        return publish(snapshots, suffix, file);
    }

    private static String publish(Path snapshots, int suffix, String damagedFile) throws IOException {
        PublishedSnapshot newest = new SnapshotStore(snapshots).newest().orElseThrow();
        String baseId = newest.snapshotId().substring(0, 24);
        String id = baseId + "-" + suffix;
        Path building = snapshots.resolve(".building-" + id);
        copyFolder(newest.folder(), building);
        Manifest manifest = newest.manifest();
        TestData.MAPPER.writeValue(
                building.resolve("manifest.json").toFile(),
                new Manifest(manifest.formatVersion(), id, manifest.createdAt(), manifest.input(), manifest.tables()));
        if (damagedFile != null) {
            flipOneByte(building.resolve(damagedFile));
        }
        Files.move(building, snapshots.resolve(id), StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    private static void flipOneByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
    }

    static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
