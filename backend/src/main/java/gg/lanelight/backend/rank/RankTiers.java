package gg.lanelight.backend.rank;

import java.util.List;

/** The ranked tiers as league-v4 spells them, lowest first; shared by the ranks input and the bracket parameter. */
public final class RankTiers {

    /** Iron to Challenger, in ladder order. */
    public static final List<String> ORDERED = List.of(
            "IRON",
            "BRONZE",
            "SILVER",
            "GOLD",
            "PLATINUM",
            "EMERALD",
            "DIAMOND",
            "MASTER",
            "GRANDMASTER",
            "CHALLENGER");

    private RankTiers() {}

    public static boolean isTier(String name) {
        return ORDERED.contains(name);
    }
}
