package gg.lanelight.backend.serve;

import gg.lanelight.backend.bench.SnapshotRepublisher;
import java.io.IOException;
import java.nio.file.Path;

/** Publishes copies of a real snapshot under new ids (as a new pipeline run would), whole or damaged. */
final class SnapshotCopies {
    private SnapshotCopies() {}

    static String republish(Path snapshots, int suffix) throws IOException {
        return SnapshotRepublisher.republish(snapshots, suffix, null);
    }

    /** As {@link #republish}, with one byte in the middle of {@code file} flipped (its checksum no longer matches). */
    static String republishCorrupt(Path snapshots, int suffix, String file) throws IOException {
        return SnapshotRepublisher.republish(snapshots, suffix, file);
    }

    static void copyFolder(Path from, Path to) throws IOException {
        SnapshotRepublisher.copyFolder(from, to);
    }
}
