package gg.lanelight.backend.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * A few ints kept sorted ascending and without repeats, for the handful of ids a match has (bans, inventory items):
 * cheaper than a sorted set of boxed integers for a dozen values. Not thread-safe.
 */
final class SortedDistinctInts {
    private int[] values;
    private int size;

    SortedDistinctInts(int expected) {
        this.values = new int[Math.max(1, expected)];
    }

    /** Adds the value unless it is already held. */
    void add(int value) {
        int at = size;
        while (at > 0 && values[at - 1] > value) {
            at--;
        }
        if (at > 0 && values[at - 1] == value) {
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = value;
        size++;
    }

    int size() {
        return size;
    }

    /** The lowest {@code count} values (all when fewer are held), ascending. */
    List<Integer> lowest(int count) {
        Integer[] boxed = new Integer[Math.min(count, size)];
        for (int index = 0; index < boxed.length; index++) {
            boxed[index] = values[index];
        }
        return List.of(boxed);
    }
}
