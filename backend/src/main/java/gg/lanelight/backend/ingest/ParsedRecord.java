package gg.lanelight.backend.ingest;

import java.nio.file.Path;
import java.util.Map;

/** What a parse worker hands to the single writer: a match, a timeline, a skip, or the end of a file. */
sealed interface ParsedRecord {
    record Match(ParsedMatch match, String source, String position) implements ParsedRecord {}

    record Timeline(String matchId, Map<Integer, TimelineFacts> facts, String source, String position)
            implements ParsedRecord {}

    record Skip(SkippedRecord skip) implements ParsedRecord {}

    /** Every record of {@code file} was handed over; counted records give the file's share of the report. */
    record FileDone(Path file, long sizeBytes, long modifiedMillis, long records) implements ParsedRecord {}

    /** A worker failed outside any record (a bug or an I/O fault the reader does not turn into a skip). */
    record Failure(Exception cause) implements ParsedRecord {}
}
