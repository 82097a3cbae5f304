package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;

/** Receives the top-level JSON values that a {@link RecordFileReader} finds, and the values it could not read. */
interface RecordSink {
    void record(JsonNode record, String source, String position) throws SQLException;

    void unreadable(SkippedRecord skip);
}
