package gg.lanelight.backend.generate;

import java.util.List;

/** A rune page the generator hands out: trees, 4 primary and 2 secondary runes, shards (offense, flex, defense). */
record RunePagePlan(
        int primaryStyle, int subStyle, List<Integer> primary, List<Integer> secondary, List<Integer> shards) {}
