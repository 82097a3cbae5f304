package gg.lanelight.backend.ingest;

/**
 * A record left out of a snapshot.
 *
 * @param source the file (or "generator" for records fed directly)
 * @param position where in the source, e.g. "line 12" or "line 3, column 40"
 * @param detail what was wrong, naming the field where there is one
 */
public record SkippedRecord(String source, String position, SkipReason reason, String detail) {
    @Override
    public String toString() {
        return source + " " + position + ": " + reason.code() + " (" + detail + ")";
    }
}
