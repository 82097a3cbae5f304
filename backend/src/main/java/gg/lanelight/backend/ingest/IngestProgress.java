package gg.lanelight.backend.ingest;

/** Told after each ingested file; called on the ingesting thread. */
@FunctionalInterface
public interface IngestProgress {
    IngestProgress NONE = (doneBytes, totalBytes, report) -> {};

    /**
     * @param doneBytes bytes of the files finished so far (on disk, compressed when gzip)
     * @param totalBytes bytes of all files of this run
     */
    void fileDone(long doneBytes, long totalBytes, IngestReport report);
}
