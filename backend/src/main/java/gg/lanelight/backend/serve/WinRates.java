package gg.lanelight.backend.serve;

/** The tier formula of the tier list: a Wilson lower bound of the win rate, then tiers by rank within the role. */
final class WinRates {
    /** z for a two-sided 95% interval. */
    private static final double Z = 1.96;

    private WinRates() {}

    /**
     * The lower bound of the Wilson score interval (95%) of wins / games, 0 without games. It ranks a 55% win rate
     * over 40 games below 53% over 4,000, which raw win rates would not.
     */
    static double wilsonLowerBound(long wins, long games) {
        if (games == 0) {
            return 0;
        }
        double n = games;
        double p = wins / n;
        double z2 = Z * Z;
        double centre = p + z2 / (2 * n);
        double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return (centre - spread) / (1 + z2 / n);
    }

    /** S for the best 10% of a role, then A (next 20%), B (40%), C (20%) and D (last 10%); rank 0 is the best. */
    static String tier(int rank, int count) {
        double position = (double) rank / count;
        if (position < 0.1) {
            return "S";
        }
        if (position < 0.3) {
            return "A";
        }
        if (position < 0.7) {
            return "B";
        }
        return position < 0.9 ? "C" : "D";
    }
}
