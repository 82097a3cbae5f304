package gg.lanelight.backend.ingest;

/**
 * A player's ranked tier from the optional ranks input.
 *
 * @param tier upper-case tier name: IRON … CHALLENGER
 */
public record PlayerRank(String puuid, String tier) {}
