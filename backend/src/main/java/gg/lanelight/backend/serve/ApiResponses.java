package gg.lanelight.backend.serve;

import java.util.List;
import java.util.Map;

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
     * Champions of one role (or all roles) in a patch, queue and rank bracket, by tier score, best first. Tier and
     * score follow docs/tiers.md; {@code tier} is null below the minimum sample.
     */
    public record TierList(
            String snapshotId, String patch, int queue, String role, String bracket, List<TierEntry> champions) {}

    /** One champion in one role; {@code pickRate} = games / matches of the slice, {@code banRate} likewise. */
    public record TierEntry(
            int championId,
            String role,
            String tier,
            double score,
            long games,
            long wins,
            double winRate,
            double pickRate,
            double banRate,
            double shrunkWinRate,
            double wilsonLower) {}

    /** A champion's page in one patch, queue and bracket: totals, then per role (by games) tier, builds, matchups. */
    public record ChampionDetail(
            String snapshotId,
            int championId,
            String patch,
            int queue,
            String bracket,
            long games,
            long wins,
            double winRate,
            double banRate,
            List<ChampionRole> roles) {}

    /**
     * One role of a champion page. {@code builds} maps a build kind ({@code coreItems}, {@code runePage},
     * {@code spells}, {@code startItems}, {@code boots}, {@code skillOrder}) to its most common and highest-win key;
     * {@code matchups} are the most played lane opponents (at most 10).
     */
    public record ChampionRole(
            String role,
            String tier,
            double score,
            long games,
            long wins,
            double winRate,
            double pickRate,
            Map<String, BuildChoice> builds,
            List<MatchupLine> matchups) {}

    /** The most common key of a build kind and the highest-win one (null below the minimum sample). */
    public record BuildChoice(BuildOption mostCommon, BuildOption highestWin) {}

    /**
     * One build key: {@code key} as the snapshot holds it (ids joined with "," or a skill order such as "QEW"),
     * {@code ids} the numbers in it (null for a skill order).
     */
    public record BuildOption(
            String key,
            List<Integer> ids,
            long games,
            long wins,
            double winRate,
            double pickShare,
            double wilsonLower) {}

    /** A lane opponent; {@code goldDiffAt15} is the mean own-minus-opponent gold at 15:00, null without timelines. */
    public record MatchupLine(int opponentChampionId, long games, long wins, double winRate, Double goldDiffAt15) {}

    /** One matchup: the champion against one lane opponent. */
    public record Matchup(
            String snapshotId,
            int championId,
            int opponentChampionId,
            String role,
            String patch,
            int queue,
            String bracket,
            long games,
            long wins,
            double winRate,
            Double goldDiffAt15,
            long goldDiffAt15Games) {}

    /** A page of a player's most recent games (the snapshot keeps 20), newest first. */
    public record RecentMatches(
            String snapshotId, String puuid, int page, int size, int total, List<RecentMatch> matches) {}

    /** One game of a player; {@code placement} is the Arena placement 1-8, null elsewhere. */
    public record RecentMatch(
            String matchId,
            String patch,
            int queueId,
            int championId,
            String role,
            long gameStartMs,
            int durationS,
            boolean win,
            int kills,
            int deaths,
            int assists,
            int cs,
            Integer placement) {}
}
