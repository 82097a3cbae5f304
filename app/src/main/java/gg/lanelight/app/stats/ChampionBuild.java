package gg.lanelight.app.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /v1/builds/{championId}/{role}}: the most successful build for a champion in a role. Rates are fractions
 * 0..1. {@code role} is TOP, JUNGLE, MIDDLE, BOTTOM or UTILITY. {@code coreItems}, {@code runes} and {@code spells}
 * are null only if the service left them out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChampionBuild(
        String snapshotId,
        int championId,
        String role,
        int games,
        int wins,
        double winRate,
        ItemPath coreItems,
        RunePage runes,
        SpellPair spells) {}
