package gg.lanelight.app.history;

import java.time.Instant;

/**
 * One game as the local player saw it. {@code playedAt} is the game's start; {@code role} is TOP, JUNGLE, MIDDLE,
 * BOTTOM, UTILITY or empty when unknown (never null); {@code riotId} is {@code gameName#tagLine}. {@code complete} is
 * false when the client vanished before the game ended, so the numbers are the last ones seen.
 */
public record MatchRecord(
        long gameId,
        String puuid,
        Instant playedAt,
        int queueId,
        String riotId,
        int championId,
        String role,
        boolean win,
        int kills,
        int deaths,
        int assists,
        int creepScore,
        int goldEarned,
        long durationSeconds,
        boolean complete) {}
