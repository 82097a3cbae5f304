package gg.lanelight.backend.snapshot;

import java.util.Arrays;
import java.util.List;

/**
 * The aggregate tables a snapshot holds, one parquet file each, sorted by their key for tight zone maps. Every order
 * ends in the table's whole key, so two builds from the same store write the same bytes.
 */
public enum SnapshotTable {
    CHAMPION_ROLE_STATS("champion_role_stats", "patch, queue_id, champion_id, role"),
    CORE_ITEM_BUILDS("core_item_builds", "patch, queue_id, champion_id, role, games DESC, item_1, item_2, item_3"),
    RUNE_PAGES(
            "rune_pages",
            "patch, queue_id, champion_id, role, games DESC, primary_style, sub_style, perk_1, perk_2, perk_3, perk_4,"
                    + " perk_5, perk_6, perk_7, perk_8, perk_9"),
    SPELL_PAIRS("spell_pairs", "patch, queue_id, champion_id, role, games DESC, spell_1, spell_2"),
    PLAYER_SUMMARY("player_summary", "puuid"),
    PLAYER_CHAMPIONS("player_champions", "puuid, games DESC, champion_id"),
    CHAMPION_STATS("champion_stats", "patch, queue_id, rank_bracket, role, champion_id"),
    BUILD_STATS("build_stats", "patch, queue_id, rank_bracket, champion_id, role, build_type, games DESC, build_key"),
    MATCHUPS("matchups", "patch, queue_id, rank_bracket, role, champion_id, opponent_champion_id"),
    PLAYER_ROLES("player_roles", "puuid, games DESC, role"),
    PLAYER_RECENT_MATCHES("player_recent_matches", "puuid, recency");

    /** Every table name, in export order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(SnapshotTable::tableName).toList();
    }

    private final String tableName;
    private final String sortOrder;

    SnapshotTable(String tableName, String sortOrder) {
        this.tableName = tableName;
        this.sortOrder = sortOrder;
    }

    /** The SQL table name, also the parquet file's base name. */
    public String tableName() {
        return tableName;
    }

    /** The ORDER BY list used when the table is exported. */
    public String sortOrder() {
        return sortOrder;
    }

    public String fileName() {
        return tableName + ".parquet";
    }
}
