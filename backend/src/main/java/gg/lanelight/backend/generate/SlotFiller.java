package gg.lanelight.backend.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Seats ten players for one match: featured players first (mostly in their main role), then the population. */
final class SlotFiller {
    private static final int TEAM_SIZE = 5;

    private final GeneratedMeta meta;
    private final Population population;
    private final List<FeaturedSchedule.Entry> featured;
    private final SplittableRandom random;
    private final String tagLine;
    private final ChampionPlan[] plans = new ChampionPlan[2 * TEAM_SIZE];
    private final String[] puuids = new String[2 * TEAM_SIZE];
    private final String[] names = new String[2 * TEAM_SIZE];
    private final Set<Integer> championsTaken = new HashSet<>();
    private final Set<String> puuidsTaken = new HashSet<>();

    SlotFiller(
            GeneratedMeta meta,
            Population population,
            List<FeaturedSchedule.Entry> featured,
            SplittableRandom random,
            String platform) {
        this.meta = meta;
        this.population = population;
        this.featured = featured;
        this.random = random;
        this.tagLine = platform.replaceAll("\\d", "");
    }

    /** The ten participants in participantId order (1-5 team 100, 6-10 team 200). */
    List<PlayerSlot> fill() {
        featured.forEach(this::seatFeatured);
        for (int seat = 0; seat < plans.length; seat++) {
            if (plans[seat] == null) {
                seatFromPopulation(seat);
            }
        }
        return participants();
    }

    private void seatFeatured(FeaturedSchedule.Entry entry) {
        Role role = random.nextDouble() < 0.85 ? entry.mainRole() : Role.values()[random.nextInt(TEAM_SIZE)];
        int team = random.nextInt(2);
        int seat = freeSeat(team, role);
        if (seat < 0) {
            return;
        }
        Role seatRole = Role.values()[seat % TEAM_SIZE];
        ChampionPlan plan = featuredChampion(entry, seatRole);
        plans[seat] = plan;
        championsTaken.add(plan.championId());
        puuids[seat] = entry.puuid();
        names[seat] = "Scout" + Math.floorMod(entry.puuid().hashCode(), 10_000);
        puuidsTaken.add(entry.puuid());
    }

    /** The wanted seat, the same role on the other team, or else any free seat; -1 when the game is full. */
    private int freeSeat(int team, Role role) {
        int[] candidates = {team * TEAM_SIZE + role.ordinal(), (1 - team) * TEAM_SIZE + role.ordinal()};
        for (int seat : candidates) {
            if (plans[seat] == null) {
                return seat;
            }
        }
        for (int seat = 0; seat < plans.length; seat++) {
            if (plans[seat] == null) {
                return seat;
            }
        }
        return -1;
    }

    private ChampionPlan featuredChampion(FeaturedSchedule.Entry entry, Role role) {
        List<Integer> choices = new ArrayList<>(entry.champions());
        int first = random.nextDouble() < 0.6 ? 0 : random.nextInt(choices.size());
        choices.add(0, choices.remove(first));
        for (int championId : choices) {
            if (!championsTaken.contains(championId)) {
                return meta.plan(championId, role);
            }
        }
        return pick(role);
    }

    private void seatFromPopulation(int seat) {
        Role role = Role.values()[seat % TEAM_SIZE];
        ChampionPlan plan = pick(role);
        plans[seat] = plan;
        championsTaken.add(plan.championId());
        for (int attempt = 0; attempt < 100; attempt++) {
            int player = random.nextInt(population.size());
            String puuid = population.puuid(player);
            if (puuidsTaken.add(puuid)) {
                puuids[seat] = puuid;
                names[seat] = population.gameName(player);
                return;
            }
        }
        throw new IllegalStateException("Could not seat ten distinct players; the population is too small");
    }

    private ChampionPlan pick(Role role) {
        for (int attempt = 0; attempt < 200; attempt++) {
            ChampionPlan plan = meta.picks(role).pick(random);
            if (!championsTaken.contains(plan.championId())) {
                return plan;
            }
        }
        return meta.picks(role).values().stream()
                .filter(plan -> !championsTaken.contains(plan.championId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No free champion left for " + role));
    }

    /** Within a team, participants list TOP, JUNGLE, MIDDLE, then BOTTOM and UTILITY in either order, as Riot's do. */
    private List<PlayerSlot> participants() {
        List<PlayerSlot> slots = new ArrayList<>();
        for (int team = 0; team < 2; team++) {
            List<Role> order = new ArrayList<>(List.of(Role.TOP, Role.JUNGLE, Role.MIDDLE, Role.BOTTOM, Role.UTILITY));
            if (random.nextBoolean()) {
                order.set(3, Role.UTILITY);
                order.set(4, Role.BOTTOM);
            }
            for (Role role : order) {
                int seat = team * TEAM_SIZE + role.ordinal();
                slots.add(new PlayerSlot(
                        slots.size() + 1, 100 * (team + 1), role, plans[seat], puuids[seat], names[seat], tagLine));
            }
        }
        return slots;
    }
}
