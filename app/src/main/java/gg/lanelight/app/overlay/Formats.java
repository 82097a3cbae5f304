package gg.lanelight.app.overlay;

import gg.lanelight.app.client.RankedStats;
import java.util.Locale;
import java.util.Optional;

/** How numbers read on the overlays. Every method is pure and thread-safe; the tests compute expectations with it. */
public final class Formats {

    /** Shown where an answer is still on its way. */
    public static final String PENDING = "…";

    /** Shown where a number cannot be known (no games, or the service is unreachable). */
    public static final String NONE = "–";

    public static final String UNRANKED = "Unranked";

    private Formats() {}

    /** Win rate from wins and games with one decimal, e.g. "53.8%"; {@link #NONE} with no games. */
    public static String winRate(int wins, int games) {
        if (games <= 0) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * wins / games);
    }

    /** "1 game", "20 games". */
    public static String games(int games) {
        return games == 1 ? "1 game" : games + " games";
    }

    /** A rate and its sample, e.g. "53.8% (13 games)". */
    public static String record(int wins, int games) {
        return winRate(wins, games) + " (" + games(games) + ")";
    }

    /** Solo/duo rank such as "PLATINUM II 64 LP", or "Unranked" when the player has no solo/duo entry. */
    public static String soloRank(RankedStats stats) {
        Optional<RankedStats.RankedQueue> solo =
                stats.queue("RANKED_SOLO_5x5").filter(RankedStats.RankedQueue::isRanked);
        return solo.map(Formats::rank).orElse(UNRANKED);
    }

    private static String rank(RankedStats.RankedQueue queue) {
        boolean apex = queue.division() == null || queue.division().isEmpty() || "NA".equals(queue.division());
        String tier = apex ? queue.tier() : queue.tier() + " " + queue.division();
        return tier + " " + queue.leaguePoints() + " LP";
    }

    /** Seconds of game time as "m:ss", whole seconds elapsed, e.g. 595.7 → "9:55"; negative reads "0:00". */
    public static String clock(double seconds) {
        return minutesAndSeconds((long) Math.floor(seconds));
    }

    /** Seconds left as "m:ss", rounded up so a countdown reads "0:00" only when the time has come. */
    public static String countdown(double seconds) {
        return minutesAndSeconds((long) Math.ceil(seconds));
    }

    private static String minutesAndSeconds(long seconds) {
        long whole = Math.max(0, seconds);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    /** Gold as a whole number with thin grouping, e.g. "3,250". */
    public static String gold(int gold) {
        return String.format(Locale.ROOT, "%,d", gold);
    }

    /** Kills/deaths/assists as "5/2/7". */
    public static String kda(int kills, int deaths, int assists) {
        return kills + "/" + deaths + "/" + assists;
    }
}
