package gg.lanelight.backend.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte work eight bytes at a time (SWAR): finding newlines, reading words, flagging zero bytes. Thread-safe. */
final class SwarBytes {
    static final long LOW_BITS = 0x0101010101010101L;
    static final long HIGH_BITS = 0x8080808080808080L;

    private static final long NEWLINES = LOW_BITS * '\n';
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private SwarBytes() {}

    /** The index of the first '\n' in {@code bytes[from, to)}, or -1. */
    static int next(byte[] bytes, int from, int to) {
        int index = from;
        for (; index + Long.BYTES <= to; index += Long.BYTES) {
            long newlines = zeroBytes(word(bytes, index) ^ NEWLINES) & HIGH_BITS;
            if (newlines != 0) {
                return index + (Long.numberOfTrailingZeros(newlines) >>> 3);
            }
        }
        for (; index < to; index++) {
            if (bytes[index] == '\n') {
                return index;
            }
        }
        return -1;
    }

    /** Eight bytes from {@code index} on, the first in the lowest bits. */
    static long word(byte[] bytes, int index) {
        return (long) LONGS.get(bytes, index);
    }

    /**
     * The high bit set in each byte of {@code word} that is zero (after masking with {@link #HIGH_BITS}); bytes above
     * the first zero byte may be flagged too, never a byte below it, so the lowest flag is exact.
     */
    static long zeroBytes(long word) {
        return (word - LOW_BITS) & ~word;
    }
}
