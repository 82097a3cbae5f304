package gg.lanelight.backend.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Publishes a copy of the newest snapshot of a folder under a new id, as a new pipeline run would (built aside, then
 * one atomic rename), so a server sees a new snapshot without a pipeline run. Used by the benchmark's swap phase and
 * by tests.
 */
public final class SnapshotRepublisher {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnapshotRepublisher() {}

    /**
     * Copies the newest snapshot of {@code snapshots} to {@code <its timestamp>-<suffix>}.
     *
     * @param damagedFile a file whose middle byte is flipped before publishing (its checksum then fails), or null
     * @return the new snapshot id
     */
    public static String republish(Path snapshots, int suffix, String damagedFile) throws IOException {
        PublishedSnapshot newest = new SnapshotStore(snapshots)
                .newest()
                .orElseThrow(() -> new IOException("No published snapshot in " + snapshots + " to copy"));
        String id = newest.snapshotId().substring(0, 24) + "-" + suffix;
        Path building = snapshots.resolve(".building-" + id);
        copyFolder(newest.folder(), building);
        Manifest manifest = newest.manifest();
        MAPPER.writeValue(
                building.resolve("manifest.json").toFile(),
                new Manifest(manifest.formatVersion(), id, manifest.createdAt(), manifest.input(), manifest.tables()));
        if (damagedFile != null) {
            flipOneByte(building.resolve(damagedFile));
        }
        Files.move(building, snapshots.resolve(id), StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    /** Copies the files (not sub-folders) of {@code from} into {@code to}, creating it. */
    public static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void flipOneByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
    }
}
