package gg.lanelight.backend.snapshot;

/** The aggregate tables a snapshot holds, one parquet file each, sorted by their key for tight zone maps. */
public enum SnapshotTable {
    CHAMPION_ROLE_STATS("champion_role_stats", "patch, queue_id, champion_id, role"),
    CORE_ITEM_BUILDS("core_item_builds", "patch, queue_id, champion_id, role, games DESC"),
    RUNE_PAGES("rune_pages", "patch, queue_id, champion_id, role, games DESC"),
    SPELL_PAIRS("spell_pairs", "patch, queue_id, champion_id, role, games DESC"),
    PLAYER_SUMMARY("player_summary", "puuid"),
    PLAYER_CHAMPIONS("player_champions", "puuid, games DESC, champion_id");

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
