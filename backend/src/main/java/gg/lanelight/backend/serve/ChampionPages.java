package gg.lanelight.backend.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import gg.lanelight.backend.serve.ApiResponses.BuildChoice;
import gg.lanelight.backend.serve.ApiResponses.BuildOption;
import gg.lanelight.backend.serve.ApiResponses.ChampionDetail;
import gg.lanelight.backend.serve.ApiResponses.ChampionRole;
import gg.lanelight.backend.serve.ApiResponses.Matchup;
import gg.lanelight.backend.serve.ApiResponses.MatchupLine;
import gg.lanelight.backend.serve.ApiResponses.TierEntry;
import gg.lanelight.backend.serve.ApiResponses.TierList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tier lists, champion pages and matchups from the pipeline's {@code champion_stats}, {@code build_stats} and
 * {@code matchups} tables (docs/snapshot-format.md, docs/tiers.md), per patch, queue and rank bracket. The tier formula
 * lives in the pipeline's SQL; this class only arranges its rows into answers.
 */
final class ChampionPages {
    /** Lane opponents shown on a champion page, most played first. */
    static final int MATCHUPS_PER_ROLE = 10;

    /** build_type values of build_stats and their names in the JSON, in the order a page lists them. */
    private static final Map<String, String> BUILD_KINDS = orderedKinds();

    private final Map<RoleCell, Map<String, BuildOption[]>> builds = new HashMap<>();
    private final Map<RoleCell, List<MatchupLine>> matchupLines = new HashMap<>();
    private final Map<String, Matchup> matchups = new HashMap<>();
    /**
     * One instance per patch, bracket and role text: a snapshot holds tens of thousands of matchups, and the garbage
     * collector copies every object a load keeps, so sharing these keeps a swap's collection pauses shorter.
     */
    private final Map<String, String> labels = new HashMap<>();

    private ChampionPages() {}

    private static Map<String, String> orderedKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("core_items", "coreItems");
        kinds.put("rune_page", "runePage");
        kinds.put("spells", "spells");
        kinds.put("skill_order", "skillOrder");
        kinds.put("start_items", "startItems");
        kinds.put("boots", "boots");
        return kinds;
    }

    /**
     * Adds every tier list and champion page to {@code responses} and returns every matchup by
     * {@link PrecomputedResponses#matchupKey}.
     */
    static Map<String, Matchup> addTo(Statement statement, PrecomputedResponses responses)
            throws SQLException, JsonProcessingException {
        ChampionPages pages = new ChampionPages();
        pages.readBuilds(statement);
        responses.pace();
        pages.readMatchups(statement, responses.snapshotId());
        responses.pace();
        List<RoleRow> rows = pages.readRoles(statement);
        responses.pace();
        pages.addTierLists(rows, responses);
        pages.addChampionPages(rows, responses);
        return Map.copyOf(pages.matchups);
    }

    private List<RoleRow> readRoles(Statement statement) throws SQLException {
        List<RoleRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT patch, queue_id, rank_bracket, champion_id, role, games,"
                + " wins, win_rate, pick_rate, ban_rate, shrunk_win_rate, wilson_lower, tier_score, tier"
                + " FROM champion_stats ORDER BY tier_score DESC, games DESC, champion_id, role")) {
            while (result.next()) {
                rows.add(new RoleRow(
                        cellOf(result),
                        new TierEntry(
                                result.getInt(4),
                                result.getString(5),
                                result.getString(14),
                                result.getDouble(13),
                                result.getLong(6),
                                result.getLong(7),
                                result.getDouble(8),
                                result.getDouble(9),
                                result.getDouble(10),
                                result.getDouble(11),
                                result.getDouble(12))));
            }
        }
        return rows;
    }

    private void readBuilds(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT patch, queue_id, rank_bracket, champion_id, role,"
                + " build_type, build_key, games, wins, win_rate, pick_share, wilson_lower, rank_by_games, rank_by_win"
                + " FROM build_stats WHERE rank_by_games = 1 OR rank_by_win = 1")) {
            while (result.next()) {
                String kind = result.getString(6);
                String key = result.getString(7);
                BuildOption option = new BuildOption(
                        key,
                        kind.equals("skill_order") ? null : ids(key),
                        result.getLong(8),
                        result.getLong(9),
                        result.getDouble(10),
                        result.getDouble(11),
                        result.getDouble(12));
                BuildOption[] choice = builds.computeIfAbsent(cellOf(result), cell -> new HashMap<>())
                        .computeIfAbsent(kind, ignored -> new BuildOption[2]);
                if (result.getLong(13) == 1) {
                    choice[0] = option;
                }
                if (result.getLong(14) == 1) {
                    choice[1] = option;
                }
            }
        }
    }

    private void readMatchups(Statement statement, String snapshotId) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT patch, queue_id, rank_bracket, champion_id, role,"
                + " opponent_champion_id, games, wins, win_rate, gold_diff_15, gold_diff_15_games FROM matchups"
                + " ORDER BY games DESC, opponent_champion_id")) {
            while (result.next()) {
                RoleCell cell = cellOf(result);
                int opponent = result.getInt(6);
                Double goldDiff = (Double) result.getObject(10);
                List<MatchupLine> lines = matchupLines.computeIfAbsent(cell, key -> new ArrayList<>());
                if (lines.size() < MATCHUPS_PER_ROLE) {
                    lines.add(new MatchupLine(
                            opponent, result.getLong(7), result.getLong(8), result.getDouble(9), goldDiff));
                }
                matchups.put(
                        PrecomputedResponses.matchupKey(
                                cell.championId(), cell.role(), opponent, cell.patch(), cell.queue(), cell.bracket()),
                        new Matchup(
                                snapshotId,
                                cell.championId(),
                                opponent,
                                cell.role(),
                                cell.patch(),
                                cell.queue(),
                                cell.bracket(),
                                result.getLong(7),
                                result.getLong(8),
                                result.getDouble(9),
                                goldDiff,
                                result.getLong(11)));
            }
        }
    }

    private void addTierLists(List<RoleRow> rows, PrecomputedResponses responses) throws JsonProcessingException {
        Map<String, List<TierEntry>> lists = new LinkedHashMap<>();
        for (RoleRow row : rows) {
            RoleCell cell = row.cell();
            for (String role : List.of(cell.role(), PrecomputedResponses.ALL_ROLES)) {
                lists.computeIfAbsent(
                                PrecomputedResponses.tierListKey(role, cell.patch(), cell.queue(), cell.bracket()),
                                key -> new ArrayList<>())
                        .add(row.entry());
            }
        }
        for (Map.Entry<String, List<TierEntry>> list : lists.entrySet()) {
            String[] key = list.getKey().split("/");
            responses.put(
                    list.getKey(),
                    new TierList(
                            responses.snapshotId(), key[2], Integer.parseInt(key[3]), key[1], key[4], list.getValue()));
        }
    }

    private void addChampionPages(List<RoleRow> rows, PrecomputedResponses responses) throws JsonProcessingException {
        Map<String, List<RoleRow>> byChampion = new LinkedHashMap<>();
        for (RoleRow row : rows) {
            RoleCell cell = row.cell();
            byChampion
                    .computeIfAbsent(
                            PrecomputedResponses.championKey(
                                    cell.championId(), cell.patch(), cell.queue(), cell.bracket()),
                            key -> new ArrayList<>())
                    .add(row);
        }
        for (Map.Entry<String, List<RoleRow>> champion : byChampion.entrySet()) {
            responses.put(champion.getKey(), page(responses.snapshotId(), champion.getValue()));
        }
    }

    private ChampionDetail page(String snapshotId, List<RoleRow> roles) {
        List<RoleRow> byGames = new ArrayList<>(roles);
        byGames.sort((left, right) ->
                Long.compare(right.entry().games(), left.entry().games()));
        long games = 0;
        long wins = 0;
        List<ChampionRole> lines = new ArrayList<>();
        for (RoleRow row : byGames) {
            TierEntry entry = row.entry();
            games += entry.games();
            wins += entry.wins();
            lines.add(new ChampionRole(
                    entry.role(),
                    entry.tier(),
                    entry.score(),
                    entry.games(),
                    entry.wins(),
                    entry.winRate(),
                    entry.pickRate(),
                    buildsOf(row.cell()),
                    matchupLines.getOrDefault(row.cell(), List.of())));
        }
        RoleCell first = byGames.get(0).cell();
        return new ChampionDetail(
                snapshotId,
                first.championId(),
                first.patch(),
                first.queue(),
                first.bracket(),
                games,
                wins,
                ApiResponses.rate(wins, games),
                byGames.get(0).entry().banRate(),
                lines);
    }

    private Map<String, BuildChoice> buildsOf(RoleCell cell) {
        Map<String, BuildOption[]> kinds = builds.getOrDefault(cell, Map.of());
        Map<String, BuildChoice> choices = new LinkedHashMap<>();
        BUILD_KINDS.forEach((kind, name) -> {
            BuildOption[] choice = kinds.get(kind);
            if (choice != null) {
                choices.put(name, new BuildChoice(choice[0], choice[1]));
            }
        });
        return choices;
    }

    private RoleCell cellOf(ResultSet result) throws SQLException {
        return new RoleCell(
                label(result.getString(1)),
                result.getInt(2),
                label(result.getString(3)),
                result.getInt(4),
                label(result.getString(5)));
    }

    private String label(String text) {
        return labels.computeIfAbsent(text, same -> same);
    }

    private static List<Integer> ids(String key) {
        List<Integer> ids = new ArrayList<>();
        for (String id : key.split(",")) {
            if (!id.isEmpty()) {
                ids.add(Integer.parseInt(id));
            }
        }
        return List.copyOf(ids);
    }

    /** One champion in one role of one patch × queue × bracket slice. */
    private record RoleCell(String patch, int queue, String bracket, int championId, String role) {}

    private record RoleRow(RoleCell cell, TierEntry entry) {}
}
