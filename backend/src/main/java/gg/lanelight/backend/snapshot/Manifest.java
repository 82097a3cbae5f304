package gg.lanelight.backend.snapshot;

import java.util.List;
import java.util.Map;

/**
 * The manifest.json of a snapshot: what it was built from and a checksum of every file it holds.
 *
 * @param createdAt ISO-8601 UTC instant
 * @param input counts from the ingest run (files, records, matches, remakes, timelines, skipped, skipsByReason)
 */
public record Manifest(
        int formatVersion, String snapshotId, String createdAt, Map<String, Object> input, List<TableFile> tables) {

    /** The version of the snapshot layout; a server refuses snapshots of another version. */
    public static final int FORMAT_VERSION = 1;

    /** One parquet file of the snapshot: table name, file name, row count, size in bytes, sha256 in hex. */
    public record TableFile(String table, String file, long rows, long bytes, String sha256) {}
}
