package gg.lanelight.backend.ingest;

import java.util.List;

/**
 * One accepted match-v5 record.
 *
 * @param patch major.minor of {@code gameVersion}, e.g. "14.7"
 * @param gameStartMillis epoch ms of the game start (gameStartTimestamp, else gameCreation)
 * @param durationSeconds game length in seconds (already converted from ms for payloads without gameEndTimestamp)
 * @param remake true when the game ended in an early surrender; such games count in no rate
 * @param bannedChampionIds the champions either team banned, each once, ascending (no ban, -1, left out)
 */
public record ParsedMatch(
        String matchId,
        String patch,
        int queueId,
        long gameStartMillis,
        int durationSeconds,
        boolean remake,
        List<Integer> bannedChampionIds,
        List<ParticipantRow> participants) {}
