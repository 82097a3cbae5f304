package gg.lanelight.backend.serve;

import java.util.List;

/** The JSON bodies of the /v1 API (see docs/architecture.md). Rates are fractions 0..1; counts are totals. */
public final class ApiResponses {
    private ApiResponses() {}

    /** wins / games, or 0 when there are no games. */
    static double rate(long wins, long games) {
        return games == 0 ? 0.0 : (double) wins / games;
    }

    public record Health(String status, String snapshotId) {}

    public record ApiError(String error, String message) {}

    /** The build of a champion in a role; a section is null when no game of that cell had one. */
    public record Build(
            String snapshotId,
            int championId,
            String role,
            String patch,
            int queue,
            long games,
            long wins,
            double winRate,
            CoreItems coreItems,
            Runes runes,
            Spells spells) {}

    public record CoreItems(List<Integer> itemIds, long games, long wins, double winRate) {}

    public record Runes(
            int primaryStyleId, int subStyleId, List<Integer> perkIds, long games, long wins, double winRate) {}

    public record Spells(List<Integer> spellIds, long games, long wins, double winRate) {}

    /** A player's totals over the snapshot; champions sorted by games, most first. */
    public record PlayerSummary(
            String snapshotId,
            String puuid,
            long games,
            long wins,
            double winRate,
            long recentGames,
            long recentWins,
            double recentWinRate,
            List<ChampionLine> champions) {}

    /** Totals (not averages) for one champion of a player. */
    public record ChampionLine(
            int championId, long games, long wins, double winRate, long kills, long deaths, long assists) {}

    public record PlayerBatch(String snapshotId, List<PlayerSummary> players, List<String> unknown) {}

    /** Readiness: true once a snapshot is served. */
    public record Ready(boolean ready, String snapshotId) {}

    /** The served snapshot: id, creation time (ISO-8601 UTC), age in seconds, patches and defaults. */
    public record SnapshotInfo(
            String snapshotId,
            String createdAt,
            long ageSeconds,
            String loadedAt,
            List<String> patches,
            String defaultPatch,
            int defaultQueue) {}

    /**
     * Champions of one role (or all roles) in a patch and queue, best first. {@code score} is the Wilson lower bound
     * (95%) of the win rate; {@code tier} S/A/B/C/D comes from the score's rank within the role.
     */
    public record TierList(
            String snapshotId, String patch, int queue, String role, String bracket, List<TierEntry> champions) {}

    /**
     * One champion in one role. {@code pickRate}: share of the role's picks (sums to 1 over a role);
     * {@code roleShare}: share of the champion's games played in this role.
     */
    public record TierEntry(
            int championId,
            String role,
            String tier,
            double score,
            long games,
            long wins,
            double winRate,
            double pickRate,
            double roleShare) {}

    /** A champion's page: totals over its roles, and per role its tier and build. Roles sorted by games. */
    public record ChampionDetail(
            String snapshotId,
            int championId,
            String patch,
            int queue,
            long games,
            long wins,
            double winRate,
            List<ChampionRole> roles) {}

    public record ChampionRole(
            String role,
            String tier,
            long games,
            long wins,
            double winRate,
            double pickRate,
            double roleShare,
            CoreItems coreItems,
            Runes runes,
            Spells spells) {}
}
