package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What the fast line readers share: JSON tokens read straight from a line's UTF-8 bytes, field names turned into
 * small codes without building strings, and a walk over every value not kept that checks it is valid JSON (escapes,
 * UTF-8, number grammar, nesting, Jackson's length limits) without building anything. Whatever a reader does not
 * fully understand throws {@link #GIVE_UP}; the reader then answers null and the caller reads the line with Jackson,
 * which names the reason. Not thread-safe: one instance per reading thread.
 */
abstract class JsonLineScanner {
    /** Deeper nesting is left to Jackson, which enforces its own limit with a message. */
    private static final int MAX_DEPTH = 500;

    /** Jackson refuses longer numbers (its default read constraints); such lines go to Jackson for the message. */
    private static final int MAX_NUMBER_CHARACTERS = 1000;

    /**
     * Jackson refuses longer names and strings (its default read constraints, counted in characters, which never
     * outnumber the bytes); a line holding one goes to Jackson for the message.
     */
    private static final int MAX_NAME_BYTES = StreamReadConstraints.defaults().getMaxNameLength();

    private static final int MAX_LINE_BYTES_FOR_ANY_STRING =
            StreamReadConstraints.defaults().getMaxStringLength();

    /** Leaves the fast path; preallocated and without a stack trace, so giving up costs nothing. */
    static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    static final GiveUp GIVE_UP = new GiveUp();

    /** What {@link #nullableInt()} and {@link #nullableBoolean()} give for a JSON null. */
    static final long ABSENT = Long.MIN_VALUE;

    /** The code of every name a reader does not keep. */
    static final int OTHER = -1;

    // What a byte means inside a string.
    private static final byte ORDINARY = 0;
    private static final byte QUOTE = 1;
    private static final byte BACKSLASH = 2;
    private static final byte CONTROL = 3;
    private static final byte UTF8_LEAD = 4;
    private static final byte[] STRING_BYTES = stringBytes();

    private static final long QUOTES = SwarBytes.LOW_BITS * '"';
    private static final long BACKSLASHES = SwarBytes.LOW_BITS * '\\';
    private static final long SPACES = SwarBytes.LOW_BITS * ' ';

    private final NameCodes names;
    byte[] in;
    int pos;
    int end;

    JsonLineScanner(NameCodes names) {
        this.names = names;
    }

    /**
     * Starts reading {@code line[offset, offset + length)}; false for a line longer than the longest string Jackson
     * reads, which is left to Jackson for the message.
     */
    final boolean begin(byte[] line, int offset, int length) {
        if (length > MAX_LINE_BYTES_FOR_ANY_STRING) {
            return false;
        }
        in = line;
        pos = offset;
        end = offset + length;
        return true;
    }

    /** Lets go of the line. */
    final void finish() {
        in = null;
    }

    /**
     * Reads a record's {@code metadata} object and returns its match id (the last one when given twice, as Jackson's
     * tree keeps it), or null when it has none; {@code matchIdCode} is the code of "matchId" among the reader's names.
     */
    final String metadata(int matchIdCode) {
        String matchId = null;
        expect('{');
        if (!endsHere('}')) {
            do {
                if (name() == matchIdCode) {
                    matchId = string();
                } else {
                    skipValue(2);
                }
            } while (more('}'));
        }
        return matchId;
    }

    /** True (after any spaces) when the next value starts with {@code character}, which is not consumed. */
    final boolean at(char character) {
        skipSpace();
        return pos < end && in[pos] == character;
    }

    /** True (after any spaces) when the next value is a number, which is not consumed. */
    final boolean atNumber() {
        skipSpace();
        return pos < end && (in[pos] == '-' || (in[pos] >= '0' && in[pos] <= '9'));
    }

    /**
     * Reads a string value of plain ASCII and returns its code in {@code values}, or {@link #OTHER}; a string with an
     * escape or a non-ASCII byte gives up (Jackson decodes it).
     */
    final int stringCode(NameCodes values) {
        expect('"');
        int start = pos;
        int position = ordinaryRun(in, start, end);
        if (position >= end || STRING_BYTES[in[position] & 0xff] != QUOTE) {
            throw GIVE_UP;
        }
        pos = position + 1;
        return values.code(in, start, position - start);
    }

    /** Reads {@code "name":} and returns the name's code, or {@link #OTHER}. */
    final int name() {
        skipSpace();
        expect('"');
        byte[] bytes = in;
        int start = pos;
        int limit = end;
        int position = ordinaryRun(bytes, start, limit);
        while (true) {
            if (position >= limit) {
                throw GIVE_UP;
            }
            int kind = STRING_BYTES[bytes[position] & 0xff];
            if (kind == QUOTE) {
                break;
            }
            if (kind != ORDINARY) {
                // Escapes in names and non-ASCII names never occur in match-v5: Jackson reads such a line.
                throw GIVE_UP;
            }
            position++;
        }
        if (position - start > MAX_NAME_BYTES) {
            throw GIVE_UP;
        }
        pos = position + 1;
        skipSpace();
        expect(':');
        skipSpace();
        return names.code(in, start, position - start);
    }

    /** After a member or element: true on a comma (another follows), false on {@code close}. */
    final boolean more(char close) {
        skipSpace();
        if (pos < end && in[pos] == ',') {
            pos++;
            skipSpace();
            return true;
        }
        expect(close);
        return false;
    }

    /** True (and consumed) when the container just opened is empty. */
    final boolean endsHere(char close) {
        skipSpace();
        if (pos < end && in[pos] == close) {
            pos++;
            return true;
        }
        return false;
    }

    final void expect(char character) {
        skipSpace();
        if (pos >= end || in[pos] != character) {
            throw GIVE_UP;
        }
        pos++;
    }

    final void skipSpace() {
        if (pos < end && in[pos] > ' ') {
            return;
        }
        while (pos < end) {
            byte character = in[pos];
            if (character != ' ' && character != '\t' && character != '\r' && character != '\n') {
                return;
            }
            pos++;
        }
    }

    final String string() {
        String text = nullableString();
        if (text == null) {
            throw GIVE_UP;
        }
        return text;
    }

    /**
     * A string of printable ASCII without escapes, or null for a JSON null. The strings kept (ids, versions, positions)
     * are ASCII in Riot's data; any other byte goes to Jackson, which decodes (and checks) UTF-8 as the other path.
     */
    final String nullableString() {
        if (literal("null")) {
            return null;
        }
        expect('"');
        int start = pos;
        while (true) {
            if (pos >= end) {
                throw GIVE_UP;
            }
            byte character = in[pos];
            if (character == '"') {
                break;
            }
            if (character == '\\' || character < 0x20) {
                throw GIVE_UP;
            }
            pos++;
        }
        String text = new String(in, start, pos - start, StandardCharsets.ISO_8859_1);
        pos++;
        return text;
    }

    final long nullableBoolean() {
        if (literal("true")) {
            return 1;
        }
        if (literal("false")) {
            return 0;
        }
        if (literal("null")) {
            return ABSENT;
        }
        throw GIVE_UP;
    }

    final long nullableInt() {
        return literal("null") ? ABSENT : intValue();
    }

    final long intValue() {
        long value = longValue();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw GIVE_UP;
        }
        return value;
    }

    /** A JSON integer of at most 18 digits; a fraction, an exponent or a longer number gives up. */
    final long longValue() {
        boolean negative = pos < end && in[pos] == '-';
        if (negative) {
            pos++;
        }
        int start = pos;
        long value = 0;
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            value = value * 10 + (in[pos] - '0');
            pos++;
        }
        int digits = pos - start;
        boolean leadingZero = digits > 1 && in[start] == '0';
        if (digits == 0 || digits > 18 || leadingZero || (pos < end && isNumberContinuation(in[pos]))) {
            throw GIVE_UP;
        }
        return negative ? -value : value;
    }

    private static boolean isNumberContinuation(byte character) {
        return character == '.' || character == 'e' || character == 'E';
    }

    final boolean literal(String word) {
        int length = word.length();
        if (end - pos < length) {
            return false;
        }
        for (int index = 0; index < length; index++) {
            if (in[pos + index] != word.charAt(index)) {
                return false;
            }
        }
        pos += length;
        return true;
    }

    // ---- walking over values, checking they are valid JSON ---------------------------------------------------------

    final void skipValue(int depth) {
        if (depth > MAX_DEPTH || pos >= end) {
            throw GIVE_UP;
        }
        byte character = in[pos];
        switch (character) {
            case '{' -> skipObject(depth);
            case '[' -> skipArray(depth);
            case '"' -> skipString();
            case 't' -> expectLiteral("true");
            case 'f' -> expectLiteral("false");
            case 'n' -> expectLiteral("null");
            default -> skipNumber();
        }
    }

    private void skipObject(int depth) {
        pos++;
        if (endsHere('}')) {
            return;
        }
        do {
            skipSpace();
            expect('"');
            int nameStart = pos;
            skipStringBody(false);
            if (pos - nameStart > MAX_NAME_BYTES) {
                throw GIVE_UP;
            }
            skipSpace();
            expect(':');
            skipSpace();
            skipValue(depth + 1);
        } while (more('}'));
    }

    private void skipArray(int depth) {
        pos++;
        if (endsHere(']')) {
            return;
        }
        do {
            skipSpace();
            skipValue(depth + 1);
        } while (more(']'));
    }

    private void skipString() {
        pos++;
        skipStringBody(true);
    }

    /**
     * From just after the opening quote to just after the closing one; escapes are checked, not decoded. An escape in a
     * name gives up: Jackson decodes every name and refuses a lone surrogate there (never in a value), and Riot's
     * names have no escapes.
     */
    private void skipStringBody(boolean escapesAllowed) {
        byte[] bytes = in;
        int limit = end;
        int position = ordinaryRun(bytes, pos, limit);
        while (position < limit) {
            int character = bytes[position++] & 0xff;
            int kind = STRING_BYTES[character];
            if (kind == ORDINARY) {
                continue;
            }
            if (kind == QUOTE) {
                pos = position;
                return;
            }
            pos = position;
            if (kind == BACKSLASH && escapesAllowed) {
                skipEscape();
            } else if (kind == UTF8_LEAD) {
                skipUtf8Continuation((byte) character);
            } else {
                throw GIVE_UP;
            }
            position = ordinaryRun(bytes, pos, limit);
        }
        throw GIVE_UP;
    }

    /**
     * The index of the first byte from {@code position} on that ends a run of ordinary string bytes (a quote, a
     * backslash, a control or a non-ASCII byte), or {@code limit}; eight bytes at a time.
     */
    private static int ordinaryRun(byte[] bytes, int position, int limit) {
        while (position + Long.BYTES <= limit) {
            long word = SwarBytes.word(bytes, position);
            long special = zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES) | ((word - SPACES) & ~word) | word;
            special &= SwarBytes.HIGH_BITS;
            if (special != 0) {
                return position + (Long.numberOfTrailingZeros(special) >>> 3);
            }
            position += Long.BYTES;
        }
        while (position < limit && STRING_BYTES[bytes[position] & 0xff] == ORDINARY) {
            position++;
        }
        return position;
    }

    private static long zeroBytes(long word) {
        return SwarBytes.zeroBytes(word);
    }

    /**
     * Accepts only well-formed UTF-8 after a lead byte (no overlong form, no UTF-16 surrogate, nothing past U+10FFFF).
     * Jackson refuses a surrogate in a string it decodes but not in one it skips, so whatever is less than well-formed
     * is left to Jackson wherever it lies.
     */
    private void skipUtf8Continuation(byte lead) {
        int unsigned = lead & 0xff;
        int continuation;
        if (unsigned >= 0xc2 && unsigned <= 0xdf) {
            continuation = 1;
        } else if (unsigned >= 0xe0 && unsigned <= 0xef) {
            continuation = 2;
        } else if (unsigned >= 0xf0 && unsigned <= 0xf4) {
            continuation = 3;
        } else {
            throw GIVE_UP;
        }
        // The second byte's range shrinks after the four lead bytes that can start an ill-formed sequence.
        int lowest = unsigned == 0xe0 ? 0xa0 : unsigned == 0xf0 ? 0x90 : 0x80;
        int highest = unsigned == 0xed ? 0x9f : unsigned == 0xf4 ? 0x8f : 0xbf;
        for (int index = 0; index < continuation; index++) {
            if (pos >= end) {
                throw GIVE_UP;
            }
            int next = in[pos++] & 0xff;
            if (next < (index == 0 ? lowest : 0x80) || next > (index == 0 ? highest : 0xbf)) {
                throw GIVE_UP;
            }
        }
    }

    private void skipEscape() {
        if (pos >= end) {
            throw GIVE_UP;
        }
        byte escaped = in[pos++];
        switch (escaped) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {}
            case 'u' -> {
                for (int digit = 0; digit < 4; digit++) {
                    if (pos >= end || Character.digit(in[pos++], 16) < 0) {
                        throw GIVE_UP;
                    }
                }
            }
            default -> throw GIVE_UP;
        }
    }

    private void expectLiteral(String word) {
        if (!literal(word)) {
            throw GIVE_UP;
        }
    }

    /** JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private void skipNumber() {
        byte[] bytes = in;
        int limit = end;
        int position = pos;
        if (bytes[position] == '-') {
            position++;
        }
        int start = position;
        position = digits(bytes, position, limit);
        if (position == start || (position - start > 1 && bytes[start] == '0')) {
            throw GIVE_UP;
        }
        if (position < limit && bytes[position] == '.') {
            position = requiredDigits(bytes, position + 1, limit);
        }
        if (position < limit && (bytes[position] == 'e' || bytes[position] == 'E')) {
            position++;
            if (position < limit && (bytes[position] == '+' || bytes[position] == '-')) {
                position++;
            }
            position = requiredDigits(bytes, position, limit);
        }
        if (position - start > MAX_NUMBER_CHARACTERS) {
            throw GIVE_UP;
        }
        pos = position;
    }

    private static int requiredDigits(byte[] bytes, int position, int limit) {
        int after = digits(bytes, position, limit);
        if (after == position) {
            throw GIVE_UP;
        }
        return after;
    }

    private static int digits(byte[] bytes, int position, int limit) {
        while (position < limit && bytes[position] >= '0' && bytes[position] <= '9') {
            position++;
        }
        return position;
    }

    private static byte[] stringBytes() {
        byte[] kinds = new byte[256];
        for (int character = 0; character < 0x20; character++) {
            kinds[character] = CONTROL;
        }
        kinds['"'] = QUOTE;
        kinds['\\'] = BACKSLASH;
        for (int character = 0x80; character < 0x100; character++) {
            kinds[character] = UTF8_LEAD;
        }
        return kinds;
    }

    /** Codes for a fixed list of ASCII names (a name's code is its index), found without building a string. */
    static final class NameCodes {
        private final List<String> names;

        /** Longer names are never in the list. */
        private final int longest;

        private final byte[][] bytes;

        /** Each name as little-endian words of eight bytes, the last one zero-padded. */
        private final long[][] words;

        /** Codes by length and first byte, so that most names are turned away after one lookup. */
        private final int[][] byLengthAndFirst;

        NameCodes(List<String> names) {
            this.names = List.copyOf(names);
            this.longest = names.stream().mapToInt(String::length).max().orElse(0) + 1;
            this.bytes = names.stream()
                    .map(name -> name.getBytes(StandardCharsets.US_ASCII))
                    .toArray(byte[][]::new);
            this.words = new long[bytes.length][];
            for (int code = 0; code < bytes.length; code++) {
                byte[] padded = Arrays.copyOf(bytes[code], (bytes[code].length + 7) / 8 * 8);
                words[code] = new long[padded.length / Long.BYTES];
                for (int index = 0; index < words[code].length; index++) {
                    words[code][index] = SwarBytes.word(padded, index * Long.BYTES);
                }
            }
            this.byLengthAndFirst = new int[longest * 128][];
            for (int code = 0; code < names.size(); code++) {
                String name = names.get(code);
                int slot = name.length() * 128 + name.charAt(0);
                int[] before = byLengthAndFirst[slot] == null ? new int[0] : byLengthAndFirst[slot];
                int[] after = Arrays.copyOf(before, before.length + 1);
                after[before.length] = code;
                byLengthAndFirst[slot] = after;
            }
        }

        /** The name's code; the name must be in the list. */
        int of(String name) {
            int code = names.indexOf(name);
            if (code < 0) {
                throw new IllegalArgumentException("not a listed name: " + name);
            }
            return code;
        }

        int size() {
            return names.size();
        }

        /** The code of the name in {@code in[start, start + length)}, or {@link #OTHER}. */
        int code(byte[] in, int start, int length) {
            if (length >= longest || length == 0) {
                return OTHER;
            }
            int[] candidates = byLengthAndFirst[length * 128 + (in[start] & 0x7f)];
            if (candidates == null) {
                return OTHER;
            }
            boolean wordsFit = start + longest + Long.BYTES <= in.length;
            for (int code : candidates) {
                if (wordsFit ? sameWords(in, start, length, words[code]) : sameBytes(in, start, length, bytes[code])) {
                    return code;
                }
            }
            return OTHER;
        }

        /** Compares eight bytes at a time; the last word is masked to the name's length. */
        private static boolean sameWords(byte[] in, int start, int length, long[] words) {
            int last = words.length - 1;
            for (int index = 0; index < last; index++) {
                if (SwarBytes.word(in, start + index * Long.BYTES) != words[index]) {
                    return false;
                }
            }
            int tail = length - last * Long.BYTES;
            long mask = tail == Long.BYTES ? -1L : (1L << (tail * 8)) - 1;
            return (SwarBytes.word(in, start + last * Long.BYTES) & mask) == words[last];
        }

        private static boolean sameBytes(byte[] in, int start, int length, byte[] name) {
            for (int index = 1; index < length; index++) {
                if (in[start + index] != name[index]) {
                    return false;
                }
            }
            return true;
        }
    }
}
