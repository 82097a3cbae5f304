package gg.lanelight.backend.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.serve.ApiResponses.Build;
import gg.lanelight.backend.serve.ApiResponses.ChampionDetail;
import gg.lanelight.backend.serve.ApiResponses.ChampionRole;
import gg.lanelight.backend.serve.ApiResponses.CoreItems;
import gg.lanelight.backend.serve.ApiResponses.Runes;
import gg.lanelight.backend.serve.ApiResponses.Spells;
import gg.lanelight.backend.serve.ApiResponses.TierEntry;
import gg.lanelight.backend.serve.ApiResponses.TierList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serialises every champion response of a snapshot once, at load: builds, tier lists and champion pages, keyed by
 * {@link #buildKey}, {@link #tierListKey} and {@link #championKey}. Four set-based queries pick every cell's top build
 * sections at once, so a load costs a few queries rather than four per cell.
 */
final class PrecomputedResponses {
    /** Data changes only with a new snapshot (minutes to hours); the ETag lets a CDN revalidate cheaply after. */
    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

    /** The role of the tier list over all roles. */
    static final String ALL_ROLES = "ALL";

    /** A role with less than this share of a champion's games is left out of tier lists (off-role picks). */
    static final double MIN_TIER_ROLE_SHARE = 0.05;

    private static final String TOP_SECTION = "SELECT k.patch, k.queue_id, k.champion_id, k.role, %s, k.games, k.wins"
            + " FROM %s k JOIN champion_role_stats c ON k.patch = c.patch AND k.queue_id = c.queue_id"
            + " AND k.champion_id = c.champion_id AND k.role = c.role"
            // a key needs at least 1% of its cell's games, rounded up (integer arithmetic, no float edge cases)
            + " WHERE k.games >= (c.games + 99) // 100"
            + " QUALIFY row_number() OVER (PARTITION BY k.patch, k.queue_id, k.champion_id, k.role"
            + " ORDER BY k.games DESC, k.wins DESC, %s) = 1";

    private final String snapshotId;
    private final ObjectMapper mapper;
    private final Map<String, PreparedResponse> responses = new HashMap<>();

    private PrecomputedResponses(String snapshotId, ObjectMapper mapper) {
        this.snapshotId = snapshotId;
        this.mapper = mapper;
    }

    static String buildKey(int championId, String role, String patch, int queue) {
        return "builds/" + championId + "/" + role + "/" + patch + "/" + queue;
    }

    static String tierListKey(String role, String patch, int queue) {
        return "tierlist/" + role + "/" + patch + "/" + queue;
    }

    static String championKey(int championId, String patch, int queue) {
        return "champions/" + championId + "/" + patch + "/" + queue;
    }

    /** Every champion response of the snapshot in {@code db}, by key. */
    static Map<String, PreparedResponse> of(Connection db, String snapshotId, ObjectMapper mapper)
            throws SQLException, JsonProcessingException {
        PrecomputedResponses built = new PrecomputedResponses(snapshotId, mapper);
        try (Statement statement = db.createStatement()) {
            List<RankedCell> cells = RankedCell.rank(cells(statement));
            Map<BuildCell, CoreItems> items = coreItems(statement);
            Map<BuildCell, Runes> runes = runes(statement);
            Map<BuildCell, Spells> spells = spells(statement);
            built.addBuilds(cells, items, runes, spells);
            built.addTierLists(cells);
            built.addChampionPages(cells, items, runes, spells);
        }
        return Map.copyOf(built.responses);
    }

    private void addBuilds(
            List<RankedCell> cells,
            Map<BuildCell, CoreItems> items,
            Map<BuildCell, Runes> runes,
            Map<BuildCell, Spells> spells)
            throws JsonProcessingException {
        for (RankedCell ranked : cells) {
            BuildCell cell = ranked.cell();
            Build build = new Build(
                    snapshotId,
                    cell.championId(),
                    cell.role(),
                    cell.patch(),
                    cell.queue(),
                    ranked.games(),
                    ranked.wins(),
                    ApiResponses.rate(ranked.wins(), ranked.games()),
                    items.get(cell),
                    runes.get(cell),
                    spells.get(cell));
            put(buildKey(cell.championId(), cell.role(), cell.patch(), cell.queue()), build);
        }
    }

    private void addTierLists(List<RankedCell> cells) throws JsonProcessingException {
        Map<String, List<TierEntry>> byList = new LinkedHashMap<>();
        cells.stream()
                .filter(ranked -> ranked.tier() != null)
                .sorted(Comparator.comparingDouble(RankedCell::score).reversed())
                .forEach(ranked -> {
                    BuildCell cell = ranked.cell();
                    TierEntry entry = ranked.tierEntry();
                    byList.computeIfAbsent(
                                    tierListKey(cell.role(), cell.patch(), cell.queue()), key -> new ArrayList<>())
                            .add(entry);
                    byList.computeIfAbsent(tierListKey(ALL_ROLES, cell.patch(), cell.queue()), key -> new ArrayList<>())
                            .add(entry);
                });
        for (Map.Entry<String, List<TierEntry>> list : byList.entrySet()) {
            String[] key = list.getKey().split("/");
            put(
                    list.getKey(),
                    new TierList(snapshotId, key[2], Integer.parseInt(key[3]), key[1], "ALL", list.getValue()));
        }
    }

    private void addChampionPages(
            List<RankedCell> cells,
            Map<BuildCell, CoreItems> items,
            Map<BuildCell, Runes> runes,
            Map<BuildCell, Spells> spells)
            throws JsonProcessingException {
        Map<String, List<RankedCell>> byChampion = new LinkedHashMap<>();
        for (RankedCell ranked : cells) {
            BuildCell cell = ranked.cell();
            byChampion
                    .computeIfAbsent(
                            championKey(cell.championId(), cell.patch(), cell.queue()), key -> new ArrayList<>())
                    .add(ranked);
        }
        for (Map.Entry<String, List<RankedCell>> champion : byChampion.entrySet()) {
            List<RankedCell> roles = new ArrayList<>(champion.getValue());
            roles.sort(Comparator.comparingLong(RankedCell::games).reversed());
            List<ChampionRole> lines = new ArrayList<>();
            long games = 0;
            long wins = 0;
            for (RankedCell ranked : roles) {
                BuildCell cell = ranked.cell();
                games += ranked.games();
                wins += ranked.wins();
                lines.add(new ChampionRole(
                        cell.role(),
                        ranked.tier(),
                        ranked.games(),
                        ranked.wins(),
                        ApiResponses.rate(ranked.wins(), ranked.games()),
                        ranked.pickRate(),
                        ranked.roleShare(),
                        items.get(cell),
                        runes.get(cell),
                        spells.get(cell)));
            }
            BuildCell first = roles.get(0).cell();
            put(
                    champion.getKey(),
                    new ChampionDetail(
                            snapshotId,
                            first.championId(),
                            first.patch(),
                            first.queue(),
                            games,
                            wins,
                            ApiResponses.rate(wins, games),
                            lines));
        }
    }

    private void put(String key, Object body) throws JsonProcessingException {
        responses.put(key, PreparedResponse.cacheable(200, mapper.writeValueAsBytes(body), snapshotId, CACHE_CONTROL));
    }

    private static List<CellTotals> cells(Statement statement) throws SQLException {
        List<CellTotals> cells = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT patch, queue_id, champion_id, role, games, wins FROM champion_role_stats")) {
            while (rows.next()) {
                cells.add(new CellTotals(cellOf(rows), rows.getLong(5), rows.getLong(6)));
            }
        }
        return cells;
    }

    private static Map<BuildCell, CoreItems> coreItems(Statement statement) throws SQLException {
        String keys = "k.item_1, k.item_2, k.item_3";
        Map<BuildCell, CoreItems> top = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(TOP_SECTION.formatted(keys, "core_item_builds", keys))) {
            while (rows.next()) {
                long games = rows.getLong(8);
                long wins = rows.getLong(9);
                top.put(cellOf(rows), new CoreItems(ints(rows, 5, 3), games, wins, ApiResponses.rate(wins, games)));
            }
        }
        return top;
    }

    private static Map<BuildCell, Runes> runes(Statement statement) throws SQLException {
        String keys = "k.primary_style, k.sub_style, k.perk_1, k.perk_2, k.perk_3, k.perk_4, k.perk_5, k.perk_6,"
                + " k.perk_7, k.perk_8, k.perk_9";
        Map<BuildCell, Runes> top = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(TOP_SECTION.formatted(keys, "rune_pages", keys))) {
            while (rows.next()) {
                long games = rows.getLong(16);
                long wins = rows.getLong(17);
                top.put(
                        cellOf(rows),
                        new Runes(
                                rows.getInt(5),
                                rows.getInt(6),
                                ints(rows, 7, 9),
                                games,
                                wins,
                                ApiResponses.rate(wins, games)));
            }
        }
        return top;
    }

    private static Map<BuildCell, Spells> spells(Statement statement) throws SQLException {
        String keys = "k.spell_1, k.spell_2";
        Map<BuildCell, Spells> top = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(TOP_SECTION.formatted(keys, "spell_pairs", keys))) {
            while (rows.next()) {
                long games = rows.getLong(7);
                long wins = rows.getLong(8);
                top.put(cellOf(rows), new Spells(ints(rows, 5, 2), games, wins, ApiResponses.rate(wins, games)));
            }
        }
        return top;
    }

    private static BuildCell cellOf(ResultSet rows) throws SQLException {
        return new BuildCell(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getString(4));
    }

    private static List<Integer> ints(ResultSet rows, int first, int count) throws SQLException {
        List<Integer> values = new ArrayList<>(count);
        for (int column = first; column < first + count; column++) {
            values.add(rows.getInt(column));
        }
        return List.copyOf(values);
    }

    /** Games and wins of one champion-role cell. */
    private record CellTotals(BuildCell cell, long games, long wins) {}

    /** A cell with its shares, score and tier (null when the role is off-role for the champion). */
    private record RankedCell(
            BuildCell cell, long games, long wins, double pickRate, double roleShare, double score, String tier) {

        static List<RankedCell> rank(List<CellTotals> cells) {
            Map<String, Long> roleGames = new HashMap<>();
            Map<String, Long> championGames = new HashMap<>();
            for (CellTotals totals : cells) {
                roleGames.merge(roleKey(totals.cell()), totals.games(), Long::sum);
                championGames.merge(championKeyOf(totals.cell()), totals.games(), Long::sum);
            }
            List<RankedCell> ranked = new ArrayList<>();
            for (CellTotals totals : cells) {
                double pickRate = (double) totals.games() / roleGames.get(roleKey(totals.cell()));
                double roleShare = (double) totals.games() / championGames.get(championKeyOf(totals.cell()));
                ranked.add(new RankedCell(
                        totals.cell(),
                        totals.games(),
                        totals.wins(),
                        pickRate,
                        roleShare,
                        WinRates.wilsonLowerBound(totals.wins(), totals.games()),
                        null));
            }
            return withTiers(ranked);
        }

        private static List<RankedCell> withTiers(List<RankedCell> ranked) {
            Map<String, List<RankedCell>> eligibleByRole = new HashMap<>();
            for (RankedCell cell : ranked) {
                if (cell.roleShare() >= MIN_TIER_ROLE_SHARE) {
                    eligibleByRole
                            .computeIfAbsent(roleKey(cell.cell()), key -> new ArrayList<>())
                            .add(cell);
                }
            }
            Map<BuildCell, String> tiers = new HashMap<>();
            for (List<RankedCell> role : eligibleByRole.values()) {
                role.sort(Comparator.comparingDouble(RankedCell::score).reversed());
                for (int rank = 0; rank < role.size(); rank++) {
                    tiers.put(role.get(rank).cell(), WinRates.tier(rank, role.size()));
                }
            }
            return ranked.stream()
                    .map(cell -> new RankedCell(
                            cell.cell(),
                            cell.games(),
                            cell.wins(),
                            cell.pickRate(),
                            cell.roleShare(),
                            cell.score(),
                            tiers.get(cell.cell())))
                    .toList();
        }

        TierEntry tierEntry() {
            return new TierEntry(
                    cell.championId(),
                    cell.role(),
                    tier,
                    score,
                    games,
                    wins,
                    ApiResponses.rate(wins, games),
                    pickRate,
                    roleShare);
        }

        private static String roleKey(BuildCell cell) {
            return cell.patch() + "/" + cell.queue() + "/" + cell.role();
        }

        private static String championKeyOf(BuildCell cell) {
            return cell.patch() + "/" + cell.queue() + "/" + cell.championId();
        }
    }
}
