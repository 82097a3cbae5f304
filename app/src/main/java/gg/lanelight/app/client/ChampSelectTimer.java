package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Champion-select timer; {@code phase} is PLANNING, BAN_PICK, FINALIZATION or GAME_STARTING (kept open). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChampSelectTimer(
        String phase,
        long adjustedTimeLeftInPhase,
        long internalNowInEpochMs,
        long totalTimeInPhase,
        boolean isInfinite) {}
