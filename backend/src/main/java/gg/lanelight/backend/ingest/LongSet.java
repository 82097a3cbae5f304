package gg.lanelight.backend.ingest;

/**
 * A set of longs in one open-addressing array (about 16 bytes a key at its fullest), for the player keys an ingest
 * has stored: a million boxed Longs in a HashSet would take three times the memory. Not thread-safe.
 */
final class LongSet {
    /** Marks an empty slot; the key 0 itself is remembered in {@link #hasZero}. */
    private static final long EMPTY = 0;

    private long[] slots = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** Adds the key; true when it was not in the set before. */
    boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int mask = slots.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            if (slots[slot] == key) {
                return false;
            }
            if (slots[slot] == EMPTY) {
                slots[slot] = key;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
        }
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long key : old) {
            if (key != EMPTY) {
                add(key);
            }
        }
    }

    /** Keys are hashes already, but a multiply keeps clustering low for any input. */
    private static int spread(long key) {
        long mixed = key * 0x9e3779b97f4a7c15L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
