package gg.lanelight.backend.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One generated match-v5 {@code MatchDto}, and its timeline or null. */
public record GeneratedMatch(ObjectNode match, ObjectNode timeline) {}
