package gg.lanelight.backend.generate;

import java.util.List;

/**
 * How one champion is played in one role in the generated meta.
 *
 * @param winDelta added to a team's win chance for fielding this pick (the pick's win rate is about 0.5 + delta)
 * @param itemPreferences completed items in the order this pick tends to build them (at least 6)
 * @param secondSpell the spell taken beside Flash
 */
record ChampionPlan(
        int championId,
        String championName,
        ChampionClass championClass,
        Role role,
        double winDelta,
        List<Integer> itemPreferences,
        int boots,
        WeightedChoice<RunePagePlan> runePages,
        WeightedChoice<Integer> secondSpell) {}
