package gg.lanelight.backend.ingest;

import java.util.Map;

/** Receives the top-level JSON values that a {@link RecordFileReader} finds, and the values it could not read. */
interface RecordSink {
    void record(ReadRecord record, String source, String position);

    /** A match the reader's fast path already turned into its snapshot rows. */
    void match(ParsedMatch match, String source, String position);

    /** A timeline the reader's fast path already read into its facts. */
    void timeline(String matchId, Map<Integer, TimelineFacts> facts, String source, String position);

    void unreadable(SkippedRecord skip);
}
