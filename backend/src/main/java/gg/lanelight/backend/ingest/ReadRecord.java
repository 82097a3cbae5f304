package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One top-level value as read from a file: its tree (without the parts ingest never uses) and, for a timeline whose
 * frames were streamed rather than built into the tree, what those frames said.
 *
 * @param streamedTimeline the streamed frames, or null when the tree is complete
 */
record ReadRecord(JsonNode tree, TimelineAccumulator streamedTimeline) {}
