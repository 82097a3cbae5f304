package gg.lanelight.backend.generate;

import gg.lanelight.backend.ddragon.ChampionCatalog;
import gg.lanelight.backend.ddragon.ChampionCatalog.Champion;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.ddragon.ItemCatalog.Item;
import gg.lanelight.backend.ddragon.RuneCatalog;
import gg.lanelight.backend.ddragon.RuneCatalog.RuneTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The seeded "meta" of generated games: which champions are popular in which role, how strong each pick is, and which
 * items, runes and spells each champion takes in each role. Immutable and thread-safe once built.
 */
final class GeneratedMeta {
    static final int FLASH = 4;
    static final int SMITE = 11;
    private static final double MAX_WIN_DELTA = 0.05;
    /** Popularity falls as 1 / (rank + offset)^skew: the favourite pick of a role is about 19x the rarest. */
    private static final double POPULARITY_SKEW = 1.0;

    private static final int POPULARITY_OFFSET = 9;
    private static final double MIN_ROLE_SHARE = 0.03;
    private static final List<List<Integer>> SHARD_ROWS =
            List.of(List.of(5008, 5005, 5007), List.of(5008, 5010, 5001), List.of(5011, 5013, 5001));

    private final Map<Role, WeightedChoice<ChampionPlan>> picksByRole;
    private final Map<Long, ChampionPlan> plans;

    private GeneratedMeta(Map<Role, WeightedChoice<ChampionPlan>> picksByRole, Map<Long, ChampionPlan> plans) {
        this.picksByRole = picksByRole;
        this.plans = plans;
    }

    static GeneratedMeta build(long seed, List<Champion> champions, ItemCatalog items, RuneCatalog runes) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5eedL);
        List<Champion> shuffled = new ArrayList<>(champions);
        Collections.shuffle(shuffled, new Random(random.nextLong()));
        Map<Role, List<ChampionPlan>> byRole = new EnumMap<>(Role.class);
        Map<Role, List<Double>> weights = new EnumMap<>(Role.class);
        Map<Long, ChampionPlan> plans = new HashMap<>();
        for (int rank = 0; rank < shuffled.size(); rank++) {
            Champion champion = shuffled.get(rank);
            double popularity = 1 / Math.pow(rank + POPULARITY_OFFSET, POPULARITY_SKEW);
            ChampionClass championClass = ChampionClass.of(champion.tags());
            for (Map.Entry<Role, Double> share : championClass.roleShares().entrySet()) {
                if (share.getValue() < MIN_ROLE_SHARE) {
                    continue;
                }
                SplittableRandom planRandom = new SplittableRandom(
                        seed * 31 + champion.championId() * 7L + share.getKey().ordinal());
                ChampionPlan plan = plan(champion, championClass, share.getKey(), planRandom, items, runes);
                plans.put(key(champion.championId(), share.getKey()), plan);
                byRole.computeIfAbsent(share.getKey(), role -> new ArrayList<>())
                        .add(plan);
                weights.computeIfAbsent(share.getKey(), role -> new ArrayList<>())
                        .add(popularity * share.getValue());
            }
        }
        Map<Role, WeightedChoice<ChampionPlan>> picks = new EnumMap<>(Role.class);
        byRole.forEach((role, rolePlans) -> picks.put(role, new WeightedChoice<>(rolePlans, weights.get(role))));
        return new GeneratedMeta(picks, plans);
    }

    /** The champions of the bundled data plus those released since, ascending by id. */
    static List<Champion> allChampions(ChampionCatalog bundled, ChampionCatalog newer) {
        Map<Integer, Champion> byId = new java.util.TreeMap<>();
        bundled.champions().forEach(champion -> byId.put(champion.championId(), champion));
        newer.champions().forEach(champion -> byId.putIfAbsent(champion.championId(), champion));
        return List.copyOf(byId.values());
    }

    WeightedChoice<ChampionPlan> picks(Role role) {
        return picksByRole.get(role);
    }

    /** The plan of a champion in a role; a champion off its usual roles gets the plan of its first role. */
    ChampionPlan plan(int championId, Role role) {
        ChampionPlan plan = plans.get(key(championId, role));
        if (plan != null) {
            return plan;
        }
        for (Role other : Role.values()) {
            ChampionPlan fallback = plans.get(key(championId, other));
            if (fallback != null) {
                return new ChampionPlan(
                        fallback.championId(),
                        fallback.championName(),
                        fallback.championClass(),
                        role,
                        fallback.winDelta(),
                        fallback.itemPreferences(),
                        fallback.boots(),
                        fallback.runePages(),
                        fallback.secondSpell());
            }
        }
        throw new IllegalArgumentException("Champion " + championId + " is not in the generator's champion data");
    }

    private static long key(int championId, Role role) {
        return championId * 8L + role.ordinal();
    }

    private static ChampionPlan plan(
            Champion champion,
            ChampionClass championClass,
            Role role,
            SplittableRandom random,
            ItemCatalog items,
            RuneCatalog runes) {
        double winDelta = (random.nextDouble() * 2 - 1) * MAX_WIN_DELTA;
        List<Integer> preferences = itemPreferences(championClass, role, items, random);
        return new ChampionPlan(
                champion.championId(),
                champion.championName(),
                championClass,
                role,
                winDelta,
                preferences,
                boots(championClass, role, items, random),
                runePages(championClass, role, runes, random),
                secondSpell(role, random));
    }

    private static List<Integer> itemPreferences(
            ChampionClass championClass, Role role, ItemCatalog items, SplittableRandom random) {
        List<Item> pool = new ArrayList<>(items.completedRiftItems().stream()
                .filter(itemFilter(championClass, role))
                .toList());
        if (pool.size() < 6) {
            pool = new ArrayList<>(items.completedRiftItems());
        }
        Collections.shuffle(pool, new Random(random.nextLong()));
        return pool.subList(0, 6).stream().map(Item::id).toList();
    }

    private static Predicate<Item> itemFilter(ChampionClass championClass, Role role) {
        if (role == Role.UTILITY && championClass != ChampionClass.TANK) {
            return item -> has(item, "ManaRegen") && !has(item, "Damage") || has(item, "Aura");
        }
        return switch (championClass) {
            case MARKSMAN -> item -> has(item, "CriticalStrike") || has(item, "AttackSpeed") && has(item, "Damage");
            case MAGE, SUPPORT -> item -> has(item, "SpellDamage");
            case ASSASSIN -> item -> has(item, "Damage") && (has(item, "ArmorPenetration") || has(item, "Stealth"));
            case FIGHTER -> item -> has(item, "Damage") && has(item, "Health");
            case TANK ->
                item -> has(item, "Health")
                        && (has(item, "Armor") || has(item, "SpellBlock"))
                        && !has(item, "Damage")
                        && !has(item, "SpellDamage");
        };
    }

    private static boolean has(Item item, String tag) {
        return item.tags().contains(tag);
    }

    private static int boots(ChampionClass championClass, Role role, ItemCatalog items, SplittableRandom random) {
        List<Integer> boots = items.riftBoots().stream().map(Item::id).toList();
        int preferred = switch (championClass) {
            case MARKSMAN -> 3006;
            case MAGE, SUPPORT -> role == Role.UTILITY ? 3158 : 3020;
            default -> random.nextBoolean() ? 3047 : 3111;
        };
        return boots.contains(preferred) ? preferred : boots.get(random.nextInt(boots.size()));
    }

    private static WeightedChoice<RunePagePlan> runePages(
            ChampionClass championClass, Role role, RuneCatalog runes, SplittableRandom random) {
        int primaryStyle = switch (championClass) {
            case MARKSMAN, FIGHTER -> 8000;
            case ASSASSIN -> 8100;
            case MAGE -> role == Role.UTILITY ? 8200 : (random.nextBoolean() ? 8200 : 8100);
            case SUPPORT -> random.nextBoolean() ? 8300 : 8200;
            case TANK -> 8400;
        };
        RunePagePlan main = runePage(runes, primaryStyle, random);
        RunePagePlan second = runePage(runes, primaryStyle, random);
        RunePagePlan offMeta = runePage(
                runes, runes.trees().get(random.nextInt(runes.trees().size())).styleId(), random);
        return new WeightedChoice<>(List.of(main, second, offMeta), List.of(0.62, 0.26, 0.12));
    }

    private static RunePagePlan runePage(RuneCatalog runes, int primaryStyle, SplittableRandom random) {
        RuneTree primary = runes.tree(primaryStyle);
        List<RuneTree> others = runes.trees().stream()
                .filter(tree -> tree.styleId() != primaryStyle)
                .toList();
        RuneTree secondary = others.get(random.nextInt(others.size()));
        List<Integer> primaryRunes = new ArrayList<>();
        for (List<Integer> slot : primary.slots()) {
            primaryRunes.add(slot.get(random.nextInt(slot.size())));
        }
        int skippedSlot = 1 + random.nextInt(3);
        List<Integer> secondaryRunes = new ArrayList<>();
        for (int slot = 1; slot <= 3; slot++) {
            if (slot != skippedSlot) {
                List<Integer> runesInSlot = secondary.slots().get(slot);
                secondaryRunes.add(runesInSlot.get(random.nextInt(runesInSlot.size())));
            }
        }
        List<Integer> shards = SHARD_ROWS.stream()
                .map(row -> row.get(random.nextInt(row.size())))
                .toList();
        return new RunePagePlan(
                primaryStyle, secondary.styleId(), List.copyOf(primaryRunes), List.copyOf(secondaryRunes), shards);
    }

    /** Flash plus a role's usual spell; each champion leans its own way (weights scaled by 0.5-1.5). */
    private static WeightedChoice<Integer> secondSpell(Role role, SplittableRandom random) {
        Map<Integer, Double> base = switch (role) {
            case TOP -> Map.of(12, 0.6, 14, 0.4);
            case JUNGLE -> Map.of(SMITE, 1.0);
            case MIDDLE -> Map.of(14, 0.5, 12, 0.4, 21, 0.1);
            case BOTTOM -> Map.of(7, 0.7, 21, 0.15, 1, 0.15);
            case UTILITY -> Map.of(14, 0.45, 3, 0.4, 7, 0.15);
        };
        List<Integer> spells = base.keySet().stream().sorted().toList();
        List<Double> weights = spells.stream()
                .map(spell -> base.get(spell) * (0.5 + random.nextDouble()))
                .toList();
        return new WeightedChoice<>(spells, weights);
    }
}
