package gg.lanelight.backend.ingest;

/**
 * The 64-bit keys the store uses instead of repeating match ids and puuids on every participant row: long strings
 * cost DuckDB far more to append and compress than numbers. A key is a fixed hash of the id, so every run, thread
 * and machine gives the same key without a shared dictionary.
 *
 * <p>Two different ids sharing a key is possible but rare: about n²/2⁶⁵ for n ids, one in 37 million for a million
 * matches. For matches the aggregation checks it and stops with a message ({@link StagingDatabase#checkKeys}); two
 * puuids sharing a key would merge those two players' stats and are not detected. Thread-safe (pure functions).
 */
public final class StoreKeys {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private StoreKeys() {}

    /** The key of a match id such as "EUW1_7014499581". */
    public static long matchKey(String matchId) {
        return key(matchId);
    }

    /** The key of a puuid. */
    public static long playerKey(String puuid) {
        return key(puuid);
    }

    /** FNV-1a over the UTF-16 code units, then a full avalanche so that similar ids land far apart. */
    private static long key(String id) {
        long hash = FNV_OFFSET;
        for (int index = 0; index < id.length(); index++) {
            hash = (hash ^ id.charAt(index)) * FNV_PRIME;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
