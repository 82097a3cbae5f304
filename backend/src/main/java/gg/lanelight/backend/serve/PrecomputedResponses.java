package gg.lanelight.backend.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.serve.ApiResponses.Build;
import gg.lanelight.backend.serve.ApiResponses.CoreItems;
import gg.lanelight.backend.serve.ApiResponses.Matchup;
import gg.lanelight.backend.serve.ApiResponses.Runes;
import gg.lanelight.backend.serve.ApiResponses.Spells;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serialises every champion response of a snapshot once, at load: builds (from the first backend's tables, the
 * contract of /v1/builds) and, through {@link ChampionPages}, tier lists and champion pages, keyed by
 * {@link #buildKey}, {@link #tierListKey} and {@link #championKey}. Four set-based queries pick every cell's top build
 * sections at once, so a load costs a few queries rather than four per cell.
 */
final class PrecomputedResponses {
    /** Data changes only with a new snapshot (minutes to hours); the ETag lets a CDN revalidate cheaply after. */
    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

    /** The role of the tier list over all roles. */
    static final String ALL_ROLES = "ALL";

    /**
     * The top key of every cell of a build table: most games, then most wins, then the lowest ids, among keys with at
     * least 1% of the cell's games. Known limitation: /v1/builds shows the most played key with its raw win rate (the
     * champion page also has the highest-win key), so a champion with few games can show a build seen in one game.
     */
    private static final String TOP_SECTION = "SELECT k.patch, k.queue_id, k.champion_id, k.role, %s, k.games, k.wins"
            + " FROM %s k JOIN champion_role_stats c ON k.patch = c.patch AND k.queue_id = c.queue_id"
            + " AND k.champion_id = c.champion_id AND k.role = c.role"
            // a key needs at least 1% of its cell's games, rounded up (integer arithmetic, no float edge cases)
            + " WHERE k.games >= (c.games + 99) // 100"
            + " QUALIFY row_number() OVER (PARTITION BY k.patch, k.queue_id, k.champion_id, k.role"
            + " ORDER BY k.games DESC, k.wins DESC, %s) = 1";

    private final String snapshotId;
    private final ObjectMapper mapper;
    private final LoadPacer pacer;
    private final Map<String, PreparedResponse> responses = new HashMap<>();

    private PrecomputedResponses(String snapshotId, ObjectMapper mapper, LoadPacer pacer) {
        this.snapshotId = snapshotId;
        this.mapper = mapper;
        this.pacer = pacer;
    }

    static String buildKey(int championId, String role, String patch, int queue) {
        return "builds/" + championId + "/" + role + "/" + patch + "/" + queue;
    }

    static String tierListKey(String role, String patch, int queue, String bracket) {
        return "tierlist/" + role + "/" + patch + "/" + queue + "/" + bracket;
    }

    static String championKey(int championId, String patch, int queue, String bracket) {
        return "champions/" + championId + "/" + patch + "/" + queue + "/" + bracket;
    }

    static String matchupKey(int championId, String role, int opponentId, String patch, int queue, String bracket) {
        return "matchups/" + championId + "/" + role + "/" + opponentId + "/" + patch + "/" + queue + "/" + bracket;
    }

    String snapshotId() {
        return snapshotId;
    }

    /** Every champion response and matchup of the snapshot in {@code db}, by key, paced by {@code pacer}. */
    static Precomputed of(
            Connection db, String snapshotId, ObjectMapper mapper, boolean hasChampionTables, LoadPacer pacer)
            throws SQLException, JsonProcessingException {
        PrecomputedResponses built = new PrecomputedResponses(snapshotId, mapper, pacer);
        try (Statement statement = db.createStatement()) {
            List<CellTotals> cells = cells(statement);
            pacer.pace();
            Map<BuildCell, CoreItems> items = coreItems(statement);
            pacer.pace();
            Map<BuildCell, Runes> runes = runes(statement);
            pacer.pace();
            built.addBuilds(cells, items, runes, spells(statement));
            Map<String, Matchup> matchups =
                    hasChampionTables ? ChampionPages.addTo(statement, built) : Map.<String, Matchup>of();
            return new Precomputed(Map.copyOf(built.responses), matchups);
        }
    }

    private void addBuilds(
            List<CellTotals> cells,
            Map<BuildCell, CoreItems> items,
            Map<BuildCell, Runes> runes,
            Map<BuildCell, Spells> spells)
            throws JsonProcessingException {
        for (CellTotals ranked : cells) {
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

    /** Serialises and keeps one answer, then lets the pacer pause the load (so callers need not). */
    void put(String key, Object body) throws JsonProcessingException {
        responses.put(key, PreparedResponse.cacheable(200, mapper.writeValueAsBytes(body), snapshotId, CACHE_CONTROL));
        pacer.pace();
    }

    /** Lets the pacer pause the load between steps that serialise nothing (reading rows). */
    void pace() {
        pacer.pace();
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
        return topSections(
                statement,
                "core_item_builds",
                "k.item_1, k.item_2, k.item_3",
                3,
                (rows, games, wins) -> new CoreItems(ints(rows, 5, 3), games, wins, ApiResponses.rate(wins, games)));
    }

    private static Map<BuildCell, Runes> runes(Statement statement) throws SQLException {
        String keys = "k.primary_style, k.sub_style, k.perk_1, k.perk_2, k.perk_3, k.perk_4, k.perk_5, k.perk_6,"
                + " k.perk_7, k.perk_8, k.perk_9";
        return topSections(
                statement,
                "rune_pages",
                keys,
                11,
                (rows, games, wins) -> new Runes(
                        rows.getInt(5), rows.getInt(6), ints(rows, 7, 9), games, wins, ApiResponses.rate(wins, games)));
    }

    private static Map<BuildCell, Spells> spells(Statement statement) throws SQLException {
        return topSections(
                statement,
                "spell_pairs",
                "k.spell_1, k.spell_2",
                2,
                (rows, games, wins) -> new Spells(ints(rows, 5, 2), games, wins, ApiResponses.rate(wins, games)));
    }

    /** The top key of every cell of a build table; {@code keys} are its key columns, {@code keyCount} of them. */
    private static <T> Map<BuildCell, T> topSections(
            Statement statement, String table, String keys, int keyCount, SectionReader<T> reader) throws SQLException {
        Map<BuildCell, T> top = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(TOP_SECTION.formatted(keys, table, keys))) {
            while (rows.next()) {
                top.put(cellOf(rows), reader.read(rows, rows.getLong(5 + keyCount), rows.getLong(6 + keyCount)));
            }
        }
        return top;
    }

    /** Turns one result row (cell columns 1-4, keys from 5) with its games and wins into a build section. */
    @FunctionalInterface
    private interface SectionReader<T> {
        T read(ResultSet rows, long games, long wins) throws SQLException;
    }

    private static BuildCell cellOf(ResultSet rows) throws SQLException {
        return new BuildCell(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getString(4));
    }

    /** The serialised answers by key, and the matchups (serialised per request: they are many and rarely asked). */
    record Precomputed(Map<String, PreparedResponse> responses, Map<String, Matchup> matchups) {}

    private static List<Integer> ints(ResultSet rows, int first, int count) throws SQLException {
        List<Integer> values = new ArrayList<>(count);
        for (int column = first; column < first + count; column++) {
            values.add(rows.getInt(column));
        }
        return List.copyOf(values);
    }

    /** Games and wins of one champion-role cell. */
    private record CellTotals(BuildCell cell, long games, long wins) {}
}
