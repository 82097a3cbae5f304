package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.ddragon.ItemCatalog;

/** Turns one top-level JSON value into a match or timeline record, or a skip naming the reason. Thread-safe. */
final class RecordParser {
    private final ItemCatalog items;
    private final MatchParser matchParser;
    private final TimelineParser timelineParser;

    RecordParser(ItemCatalog items) {
        this.items = items;
        this.matchParser = new MatchParser(items);
        this.timelineParser = new TimelineParser(items);
    }

    /** A timeline when {@code info.frames} exists, else a match. */
    ParsedRecord parse(ReadRecord read, String source, String position) {
        JsonNode record = read.tree();
        try {
            String matchId = matchIdOf(record);
            if (read.streamedTimeline() != null) {
                return new ParsedRecord.Timeline(
                        matchId, read.streamedTimeline().facts(items), source, position);
            }
            if (record.path("info").has("frames")) {
                return new ParsedRecord.Timeline(matchId, timelineParser.facts(record), source, position);
            }
            return new ParsedRecord.Match(matchParser.parse(matchId, record), source, position);
        } catch (RejectedRecordException e) {
            return new ParsedRecord.Skip(new SkippedRecord(source, position, e.reason(), e.getMessage()));
        }
    }

    private static String matchIdOf(JsonNode record) throws RejectedRecordException {
        if (!record.isObject()) {
            throw new RejectedRecordException(SkipReason.NOT_AN_OBJECT, "the value is a " + record.getNodeType());
        }
        JsonNode metadata = JsonFields.requiredObject(record, "metadata", "", SkipReason.MISSING_METADATA);
        String matchId = JsonFields.requiredText(metadata, "matchId", "metadata.");
        if (matchId.isBlank()) {
            throw new RejectedRecordException(SkipReason.MISSING_FIELD, "metadata.matchId is empty");
        }
        return matchId;
    }
}
