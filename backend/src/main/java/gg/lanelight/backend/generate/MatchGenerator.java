package gg.lanelight.backend.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.backend.ddragon.ChampionCatalog;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.ddragon.RuneCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates valid match-v5 matches (and some timelines) for patch 14.7: one player per role per team, skewed
 * champion popularity, pick strengths that spread champion win rates over about 44-56%, and items, runes and spells
 * that follow the champion and role. Match {@code i} depends only on the seed and {@code i}, so chunks can be
 * generated on several threads and the bytes stay the same. Thread-safe.
 */
public final class MatchGenerator {
    static final String GAME_VERSION = "14.7.571.9528";
    static final long FIRST_GAME_ID = 6_900_000_000L;

    /**
     * Each seed numbers its games in its own block of ids, so sets generated with different seeds (below 100,000, of up
     * to 10,000,000 matches) never share a match id: ingest would count the second game as a duplicate of the first.
     */
    static final long GAME_IDS_PER_SEED = 10_000_000L;

    private static final long SEED_BLOCKS = 100_000L;
    /** Games start from 2024-03-27 on, spread over the two weeks of patch 14.7. */
    static final long FIRST_GAME_START_MS = 1_711_500_000_000L;

    private static final double REMAKE_SHARE = 0.004;
    private static final long SPAN_MS = 14L * 24 * 3600 * 1000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> PLATFORMS = List.of("EUW1", "EUW1", "KR", "NA1", "EUN1");

    private final GeneratorOptions options;
    private final GeneratedMeta meta;
    private final FeaturedSchedule featured;
    private final Population population;
    private final ItemCatalog items;
    private final TimelineBuilder timelines;

    public MatchGenerator(GeneratorOptions options, ItemCatalog items, ChampionCatalog champions, RuneCatalog runes) {
        this.options = options;
        this.items = items;
        ChampionCatalog newer = NewerChampions.load();
        this.meta = GeneratedMeta.build(options.seed(), GeneratedMeta.allChampions(champions, newer), items, runes);
        this.featured = FeaturedSchedule.plan(options, meta);
        this.population = new Population(options.seed(), options.matches());
        this.timelines = new TimelineBuilder(items);
    }

    /** A generator over the bundled Data Dragon data. */
    public static MatchGenerator bundled(GeneratorOptions options) {
        return new MatchGenerator(options, ItemCatalog.bundled(), ChampionCatalog.bundled(), RuneCatalog.bundled());
    }

    public GeneratorOptions options() {
        return options;
    }

    /** Match number {@code index} (0-based, below {@link GeneratorOptions#matches()}). */
    public GeneratedMatch match(int index) {
        SplittableRandom random = new SplittableRandom(mix(options.seed(), index));
        String platform = PLATFORMS.get(random.nextInt(PLATFORMS.size()));
        long gameId = FIRST_GAME_ID + Math.floorMod(options.seed(), SEED_BLOCKS) * GAME_IDS_PER_SEED + index;
        String matchId = platform + "_" + gameId;
        boolean remake = random.nextDouble() < REMAKE_SHARE;
        int duration = remake ? 180 + random.nextInt(80) : durationSeconds(random);
        long start = FIRST_GAME_START_MS + SPAN_MS * index / options.matches() + random.nextInt(600_000);
        int queueId = queue(random);

        List<PlayerSlot> slots = new SlotFiller(meta, population, featured.playersOf(index), random, platform).fill();
        boolean blueWins = random.nextDouble() < blueWinChance(slots);
        for (PlayerSlot slot : slots) {
            slot.win = (slot.teamId == 100) == blueWins;
            equip(slot, duration, remake, random);
        }

        ObjectNode match = matchJson(matchId, gameId, platform, queueId, start, duration, remake, slots, random);
        boolean withTimeline = !remake && random.nextDouble() < options.timelineShare();
        ObjectNode timeline =
                withTimeline ? timelines.timeline(matchId, gameId, start, duration, slots, blueWins, random) : null;
        return new GeneratedMatch(match, timeline);
    }

    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int durationSeconds(SplittableRandom random) {
        double gaussian = random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5;
        return (int) Math.max(900, Math.min(3000, 1750 + gaussian * 600));
    }

    private static int queue(SplittableRandom random) {
        double roll = random.nextDouble();
        return roll < 0.85 ? 420 : roll < 0.95 ? 440 : 400;
    }

    /** The sum of the picks' strengths decides the odds, so each pick's win rate lands near 0.5 + its delta. */
    private static double blueWinChance(List<PlayerSlot> slots) {
        double chance = 0.5;
        for (PlayerSlot slot : slots) {
            chance += slot.teamId == 100 ? slot.plan.winDelta() : -slot.plan.winDelta();
        }
        return Math.max(0.1, Math.min(0.9, chance));
    }

    private void equip(PlayerSlot slot, int duration, boolean remake, SplittableRandom random) {
        slot.runes = slot.plan.runePages().pick(random);
        int second = slot.plan.secondSpell().pick(random);
        boolean flashOnD = random.nextDouble() < 0.7;
        slot.summoner1 = flashOnD ? GeneratedMeta.FLASH : second;
        slot.summoner2 = flashOnD ? second : GeneratedMeta.FLASH;
        slot.completedItems = remake ? List.of() : completedItems(slot.plan, duration, random);
        slot.inventory = inventory(slot, remake, duration, random);
    }

    /** The items finished over the game, in purchase order: a core of 3 (mostly the favourite), then extras. */
    private static List<Integer> completedItems(ChampionPlan plan, int duration, SplittableRandom random) {
        List<Integer> preferences = plan.itemPreferences();
        double roll = random.nextDouble();
        List<Integer> order = new ArrayList<>(
                roll < 0.55
                        ? List.of(0, 1, 2)
                        : roll < 0.8 ? List.of(0, 2, 1) : roll < 0.92 ? List.of(0, 1, 3) : List.of(1, 0, 4));
        for (int index = 0; index < preferences.size(); index++) {
            if (!order.contains(index)) {
                order.add(index);
            }
        }
        int finished = Math.max(1, Math.min(5, Math.round((duration - 500) / 400f) + random.nextInt(3) - 1));
        return order.subList(0, finished).stream().map(preferences::get).toList();
    }

    private int[] inventory(PlayerSlot slot, boolean remake, int duration, SplittableRandom random) {
        List<Integer> held = new ArrayList<>(slot.completedItems);
        if (remake) {
            held.add(TimelineBuilder.starterItem(slot));
        } else {
            held.add(slot.plan.boots());
        }
        if (held.size() < 6 && random.nextDouble() < 0.4) {
            held.add(2055);
        }
        int[] inventory = new int[7];
        List<Integer> slotsLeft = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        for (int itemId : held) {
            inventory[slotsLeft.remove(random.nextInt(slotsLeft.size()))] = itemId;
        }
        inventory[6] = trinket(slot.role, duration);
        return inventory;
    }

    private static int trinket(Role role, int duration) {
        if (role == Role.UTILITY || role == Role.JUNGLE) {
            return 3364;
        }
        return role == Role.BOTTOM && duration > 1500 ? 3363 : 3340;
    }

    private ObjectNode matchJson(
            String matchId,
            long gameId,
            String platform,
            int queueId,
            long start,
            int duration,
            boolean remake,
            List<PlayerSlot> slots,
            SplittableRandom random) {
        ObjectNode root = withMetadata(matchId, slots);
        ObjectNode info = root.putObject("info");
        info.put("endOfGameResult", "GameComplete");
        info.put("gameCreation", start - 10_000 - random.nextInt(20_000));
        info.put("gameDuration", duration);
        info.put("gameEndTimestamp", start + duration * 1000L + random.nextInt(1000));
        info.put("gameId", gameId);
        info.put("gameMode", "CLASSIC");
        info.put("gameName", "teambuilder-match-" + gameId);
        info.put("gameStartTimestamp", start);
        info.put("gameType", "MATCHED_GAME");
        info.put("gameVersion", GAME_VERSION);
        info.put("mapId", 11);
        ArrayNode participants = info.putArray("participants");
        for (PlayerSlot slot : slots) {
            participants.add(ParticipantJson.of(slot, duration, remake, random));
        }
        info.put("platformId", platform);
        info.put("queueId", queueId);
        info.set("teams", teamsJson(slots, remake, random));
        info.put("tournamentCode", "");
        return root;
    }

    /** A new match or timeline root holding the {@code metadata} both share. */
    static ObjectNode withMetadata(String matchId, List<PlayerSlot> slots) {
        ObjectNode root = JSON.objectNode();
        ObjectNode metadata = root.putObject("metadata");
        metadata.put("dataVersion", "2");
        metadata.put("matchId", matchId);
        ArrayNode puuids = metadata.putArray("participants");
        slots.forEach(slot -> puuids.add(slot.puuid));
        return root;
    }

    private ArrayNode teamsJson(List<PlayerSlot> slots, boolean remake, SplittableRandom random) {
        Set<Integer> unavailable = new HashSet<>();
        slots.forEach(slot -> unavailable.add(slot.plan.championId()));
        ArrayNode teams = JSON.arrayNode();
        for (int teamId : List.of(100, 200)) {
            boolean win = slots.stream().anyMatch(slot -> slot.teamId == teamId && slot.win);
            ObjectNode team = teams.addObject();
            ArrayNode bans = team.putArray("bans");
            for (int turn = 1; turn <= 5; turn++) {
                ObjectNode ban = bans.addObject();
                ban.put("championId", random.nextDouble() < 0.05 ? -1 : ban(unavailable, random));
                ban.put("pickTurn", teamId == 100 ? turn : turn + 5);
            }
            ObjectNode objectives = team.putObject("objectives");
            for (String objective :
                    List.of("baron", "champion", "dragon", "horde", "inhibitor", "riftHerald", "tower")) {
                ObjectNode value = objectives.putObject(objective);
                value.put("first", !remake && win && random.nextBoolean());
                value.put("kills", remake ? 0 : random.nextInt(win ? 8 : 4));
            }
            team.put("teamId", teamId);
            team.put("win", win);
        }
        return teams;
    }

    private int ban(Set<Integer> unavailable, SplittableRandom random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int championId =
                    meta.picks(Role.values()[random.nextInt(5)]).pick(random).championId();
            if (unavailable.add(championId)) {
                return championId;
            }
        }
        return -1;
    }

    /** How many item ids this generator knows (used by tests to check generated items are real). */
    ItemCatalog items() {
        return items;
    }
}
