package gg.lanelight.backend.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Which generated matches each featured player appears in, and with which role and champions. Immutable. */
final class FeaturedSchedule {
    static final int MIN_GAMES = 30;
    static final int MAX_GAMES = 150;

    private final Map<Integer, List<Entry>> byMatch;

    private FeaturedSchedule(Map<Integer, List<Entry>> byMatch) {
        this.byMatch = byMatch;
    }

    static FeaturedSchedule plan(GeneratorOptions options, GeneratedMeta meta) {
        Map<Integer, List<Entry>> byMatch = new HashMap<>();
        for (FeaturedPlayer player : options.featured()) {
            SplittableRandom random =
                    new SplittableRandom(options.seed() ^ (long) player.puuid().hashCode() << 17);
            Entry entry = entry(player, meta, random);
            int games = Math.min(options.matches(), MIN_GAMES + random.nextInt(MAX_GAMES - MIN_GAMES + 1));
            for (int match : distinctMatches(games, options.matches(), random)) {
                byMatch.computeIfAbsent(match, index -> new ArrayList<>()).add(entry);
            }
        }
        return new FeaturedSchedule(byMatch);
    }

    /** The featured players of a match, in the order they were given (empty for most matches). */
    List<Entry> playersOf(int match) {
        return byMatch.getOrDefault(match, List.of());
    }

    private static Entry entry(FeaturedPlayer player, GeneratedMeta meta, SplittableRandom random) {
        Role role = player.role() != null ? Role.valueOf(player.role()) : Role.values()[random.nextInt(5)];
        int main = player.championId() != null
                ? player.championId()
                : meta.picks(role).pick(random).championId();
        List<Integer> champions = new ArrayList<>(List.of(main));
        for (int attempt = 0; attempt < 20 && champions.size() < 3; attempt++) {
            int other = meta.picks(role).pick(random).championId();
            if (!champions.contains(other)) {
                champions.add(other);
            }
        }
        return new Entry(player.puuid(), role, List.copyOf(champions));
    }

    private static Set<Integer> distinctMatches(int games, int matches, SplittableRandom random) {
        Set<Integer> chosen = new HashSet<>();
        List<Integer> ordered = new ArrayList<>();
        while (chosen.size() < games) {
            int match = random.nextInt(matches);
            if (chosen.add(match)) {
                ordered.add(match);
            }
        }
        return new java.util.LinkedHashSet<>(ordered);
    }

    /** A featured player's main role and champions (main first: played in about 60% of games). */
    record Entry(String puuid, Role mainRole, List<Integer> champions) {}
}
