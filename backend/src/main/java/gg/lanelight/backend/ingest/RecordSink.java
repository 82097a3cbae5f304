package gg.lanelight.backend.ingest;

/** Receives the top-level JSON values that a {@link RecordFileReader} finds, and the values it could not read. */
interface RecordSink {
    void record(ReadRecord record, String source, String position);

    void unreadable(SkippedRecord skip);
}
