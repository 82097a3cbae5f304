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
}
