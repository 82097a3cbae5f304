package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The fast path for one line of newline-delimited match-v5: reads the few fields a snapshot keeps straight from the
 * line's UTF-8 bytes and walks over everything else (most of a participant: challenges, damage, pings…) checking
 * only that it is valid JSON, without building names, strings, numbers or trees. A match takes about a third of the
 * time Jackson needs just to tokenise it.
 *
 * <p>It answers only for ordinary matches. Anything else (a timeline, an escape in a string it needs, a field of an
 * unexpected type or shape, invalid JSON anywhere on the line) gives null, and the caller reads the line again with
 * Jackson and {@link MatchParser}, which name the reason; for every line this path accepts, the two give the same
 * {@link ParsedMatch} (a test compares them). Not thread-safe: one instance per reading thread.
 */
final class MatchLineScanner {
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

    private static final int INVENTORY_SLOTS = 6;

    /** Leaves the fast path; preallocated and without a stack trace, so giving up costs nothing. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    // Field names this path reads, as codes (their index in NAMES); every other name is walked over.
    private static final int OTHER = -1;
    private static final List<String> NAMES = Stream.concat(
                    Stream.of(
                            "metadata",
                            "info",
                            "matchId",
                            "gameVersion",
                            "queueId",
                            "gameStartTimestamp",
                            "gameCreation",
                            "gameDuration",
                            "gameEndTimestamp",
                            "participants",
                            "teams",
                            "frames",
                            "bans",
                            "styles",
                            "statPerks",
                            "style",
                            "selections",
                            "perk",
                            "offense",
                            "flex",
                            "defense"),
                    MatchParser.PARTICIPANT_FIELDS.stream())
            .toList();

    private static final int METADATA = NAMES.indexOf("metadata");
    private static final int INFO = NAMES.indexOf("info");
    private static final int MATCH_ID = NAMES.indexOf("matchId");
    private static final int GAME_VERSION = NAMES.indexOf("gameVersion");
    private static final int QUEUE_ID = NAMES.indexOf("queueId");
    private static final int GAME_START = NAMES.indexOf("gameStartTimestamp");
    private static final int GAME_CREATION = NAMES.indexOf("gameCreation");
    private static final int GAME_DURATION = NAMES.indexOf("gameDuration");
    private static final int GAME_END = NAMES.indexOf("gameEndTimestamp");
    private static final int PARTICIPANTS = NAMES.indexOf("participants");
    private static final int TEAMS = NAMES.indexOf("teams");
    private static final int FRAMES = NAMES.indexOf("frames");
    private static final int BANS = NAMES.indexOf("bans");
    private static final int STYLES = NAMES.indexOf("styles");
    private static final int STAT_PERKS = NAMES.indexOf("statPerks");
    private static final int STYLE = NAMES.indexOf("style");
    private static final int SELECTIONS = NAMES.indexOf("selections");
    private static final int PERK = NAMES.indexOf("perk");
    private static final int PUUID = NAMES.indexOf("puuid");
    private static final int TEAM_POSITION = NAMES.indexOf("teamPosition");
    private static final int PERKS = NAMES.indexOf("perks");
    private static final int CHAMPION_ID = NAMES.indexOf("championId");
    private static final int NUMBERS_FROM = NAMES.indexOf(MatchParser.PARTICIPANT_NUMBERS.get(0));
    private static final int NUMBERS_TO = NUMBERS_FROM + MatchParser.PARTICIPANT_NUMBERS.size();

    private static final int PARTICIPANT_ID = NAMES.indexOf("participantId");
    private static final int TEAM_ID = NAMES.indexOf("teamId");
    private static final int KILLS = NAMES.indexOf("kills");
    private static final int DEATHS = NAMES.indexOf("deaths");
    private static final int ASSISTS = NAMES.indexOf("assists");
    private static final int MINIONS = NAMES.indexOf("totalMinionsKilled");
    private static final int MONSTERS = NAMES.indexOf("neutralMinionsKilled");
    private static final int PLACEMENT = NAMES.indexOf("placement");
    private static final int SPELL_1 = NAMES.indexOf("summoner1Id");
    private static final int SPELL_2 = NAMES.indexOf("summoner2Id");
    private static final int ITEM_0 = NAMES.indexOf("item0");
    private static final int WIN = NAMES.indexOf("win");
    private static final int EARLY_SURRENDER = NAMES.indexOf("gameEndedInEarlySurrender");
    private static final int OFFENSE = NAMES.indexOf("offense");
    private static final int FLEX = NAMES.indexOf("flex");
    private static final int DEFENSE = NAMES.indexOf("defense");

    /** Longer names are never ours. */
    private static final int LONGEST_NAME =
            NAMES.stream().mapToInt(String::length).max().orElse(0) + 1;

    private static final byte[][] NAME_BYTES =
            NAMES.stream().map(name -> name.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /** Each name as little-endian words of eight bytes, the last one zero-padded. */
    private static final long[][] NAME_WORDS = nameWords();

    /** Name codes by length and first byte, so that most names are turned away after one lookup. */
    private static final int[][] CODES_BY_LENGTH_AND_FIRST = codesByLengthAndFirst();

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

    private final MatchParser rules;
    private final Participant participant = new Participant();
    private byte[] in;
    private int pos;
    private int end;

    MatchLineScanner(MatchParser rules) {
        this.rules = rules;
    }

    /** The match in {@code line[offset, offset + length)}, or null when Jackson must read the line. */
    ParsedMatch read(byte[] line, int offset, int length) {
        if (length > MAX_LINE_BYTES_FOR_ANY_STRING) {
            return null;
        }
        in = line;
        pos = offset;
        end = offset + length;
        try {
            return match();
        } catch (GiveUp | RejectedRecordException e) {
            return null;
        } finally {
            in = null;
        }
    }

    private ParsedMatch match() throws RejectedRecordException {
        String matchId = null;
        Info info = null;
        skipSpace();
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == METADATA) {
                    matchId = metadata();
                } else if (name == INFO) {
                    info = info();
                } else {
                    skipValue(1);
                }
            } while (more('}'));
        }
        skipSpace();
        if (pos != end || matchId == null || matchId.isBlank() || info == null) {
            throw GIVE_UP;
        }
        return info.toMatch(matchId, rules);
    }

    private String metadata() {
        String matchId = null;
        expect('{');
        if (!endsHere('}')) {
            do {
                if (name() == MATCH_ID) {
                    matchId = string();
                } else {
                    skipValue(2);
                }
            } while (more('}'));
        }
        return matchId;
    }

    /** What a match's info holds for the snapshot. */
    private static final class Info {
        String gameVersion;
        long queueId = Long.MIN_VALUE;
        long gameStart = Long.MIN_VALUE;
        long gameCreation = Long.MIN_VALUE;
        long gameDuration = Long.MIN_VALUE;
        boolean hasGameStart;
        boolean hasGameEnd;
        boolean remake;
        TreeSet<Integer> bans = new TreeSet<>();
        List<ParticipantRow> participants;

        ParsedMatch toMatch(String matchId, MatchParser rules) throws RejectedRecordException {
            long start = hasGameStart ? gameStart : gameCreation;
            if (gameVersion == null
                    || queueId == Long.MIN_VALUE
                    || start == Long.MIN_VALUE
                    || gameDuration == Long.MIN_VALUE
                    || participants == null
                    || participants.isEmpty()) {
                throw GIVE_UP;
            }
            return new ParsedMatch(
                    matchId,
                    MatchParser.patchOf(gameVersion),
                    (int) queueId,
                    start,
                    MatchParser.durationSeconds(gameDuration, hasGameEnd),
                    remake,
                    List.copyOf(bans),
                    List.copyOf(participants));
        }
    }

    private Info info() {
        Info info = new Info();
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == GAME_VERSION) {
                    info.gameVersion = string();
                } else if (name == QUEUE_ID) {
                    info.queueId = intValue();
                } else if (name == GAME_START) {
                    info.hasGameStart = true;
                    info.gameStart = longValue();
                } else if (name == GAME_CREATION) {
                    info.gameCreation = longValue();
                } else if (name == GAME_DURATION) {
                    info.gameDuration = longValue();
                } else if (name == GAME_END) {
                    info.hasGameEnd = true;
                    skipValue(2);
                } else if (name == PARTICIPANTS) {
                    participants(info);
                } else if (name == TEAMS) {
                    teams(info);
                } else if (name == FRAMES) {
                    throw GIVE_UP;
                } else {
                    skipValue(2);
                }
            } while (more('}'));
        }
        return info;
    }

    private void participants(Info info) {
        info.participants = new ArrayList<>(10);
        info.remake = false;
        expect('[');
        if (!endsHere(']')) {
            do {
                info.participants.add(participant());
                info.remake |= participant.flag(EARLY_SURRENDER, false);
            } while (more(']'));
        }
    }

    private void teams(Info info) {
        info.bans = new TreeSet<>();
        expect('[');
        if (endsHere(']')) {
            return;
        }
        do {
            expect('{');
            if (!endsHere('}')) {
                do {
                    if (name() == BANS) {
                        bans(info.bans);
                    } else {
                        skipValue(4);
                    }
                } while (more('}'));
            }
        } while (more(']'));
    }

    private void bans(TreeSet<Integer> banned) {
        expect('[');
        if (endsHere(']')) {
            return;
        }
        do {
            long championId = -1;
            expect('{');
            if (!endsHere('}')) {
                do {
                    if (name() == CHAMPION_ID) {
                        championId = intValue();
                    } else {
                        skipValue(6);
                    }
                } while (more('}'));
            }
            if (championId > 0) {
                banned.add((int) championId);
            }
        } while (more(']'));
    }

    /** One participant's kept fields, reused from participant to participant. */
    private static final class Participant {
        /** By name code; absent (and JSON null) fields keep {@link #ABSENT}. */
        final long[] values = new long[NAMES.size()];

        static final long ABSENT = Long.MIN_VALUE;

        String puuid;
        String teamPosition;
        boolean hasTeamPosition;
        RunePage runes;

        void clear() {
            Arrays.fill(values, ABSENT);
            puuid = null;
            teamPosition = null;
            hasTeamPosition = false;
            runes = null;
        }

        int required(int code) {
            if (values[code] == ABSENT) {
                throw GIVE_UP;
            }
            return (int) values[code];
        }

        int optional(int code, int fallback) {
            return values[code] == ABSENT ? fallback : (int) values[code];
        }

        boolean flag(int code, boolean fallback) {
            return values[code] == ABSENT ? fallback : values[code] != 0;
        }
    }

    private ParticipantRow participant() {
        Participant fields = participant;
        fields.clear();
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == PUUID) {
                    fields.puuid = nullableString();
                } else if (name == TEAM_POSITION) {
                    fields.hasTeamPosition = true;
                    fields.teamPosition = string();
                } else if (name == PERKS) {
                    fields.runes = perks();
                } else if (name == WIN || name == EARLY_SURRENDER) {
                    fields.values[name] = nullableBoolean();
                } else if (name >= NUMBERS_FROM && name < NUMBERS_TO) {
                    fields.values[name] = nullableInt();
                } else {
                    skipValue(4);
                }
            } while (more('}'));
        }
        if (!fields.hasTeamPosition) {
            fields.teamPosition = "";
        }
        if (fields.values[WIN] == Participant.ABSENT) {
            throw GIVE_UP;
        }
        String puuid = fields.puuid == null ? "" : fields.puuid.strip();
        int placement = fields.optional(PLACEMENT, 0);
        int[] slots = new int[INVENTORY_SLOTS];
        for (int slot = 0; slot < INVENTORY_SLOTS; slot++) {
            slots[slot] = fields.optional(ITEM_0 + slot, 0);
        }
        return new ParticipantRow(
                fields.required(PARTICIPANT_ID),
                puuid,
                fields.required(TEAM_ID),
                fields.required(CHAMPION_ID),
                fields.teamPosition,
                fields.flag(WIN, false),
                MatchParser.isBot(puuid),
                fields.required(KILLS),
                fields.required(DEATHS),
                fields.required(ASSISTS),
                fields.optional(MINIONS, 0) + fields.optional(MONSTERS, 0),
                placement > 0 ? placement : null,
                rules.inventoryCore(slots),
                rules.inventoryBoots(slots),
                fields.runes,
                MatchParser.spellPair(fields.optional(SPELL_1, 0), fields.optional(SPELL_2, 0)));
    }

    /** The rune page, or null for a JSON null; any other shape than Riot's gives up. */
    private RunePage perks() {
        if (literal("null")) {
            return null;
        }
        int[] styleIds = null;
        List<Integer> perkIds = null;
        long[] shards = null;
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == STYLES) {
                    styleIds = new int[2];
                    perkIds = new ArrayList<>(9);
                    styles(styleIds, perkIds);
                } else if (name == STAT_PERKS) {
                    shards = statPerks();
                } else {
                    skipValue(6);
                }
            } while (more('}'));
        }
        if (styleIds == null || shards == null) {
            throw GIVE_UP;
        }
        for (long shard : shards) {
            perkIds.add((int) shard);
        }
        return new RunePage(styleIds[0], styleIds[1], perkIds);
    }

    /** Exactly a primary tree of 4 selections and a secondary tree of 2. */
    private void styles(int[] styleIds, List<Integer> perkIds) {
        expect('[');
        for (int tree = 0; tree < 2; tree++) {
            if (tree > 0) {
                expect(',');
            }
            styleIds[tree] = style(perkIds, tree == 0 ? 4 : 2);
        }
        skipSpace();
        expect(']');
    }

    private int style(List<Integer> perkIds, int expectedSelections) {
        long styleId = Participant.ABSENT;
        int selections = -1;
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == STYLE) {
                    styleId = intValue();
                } else if (name == SELECTIONS) {
                    if (selections >= 0) {
                        throw GIVE_UP;
                    }
                    selections = selections(perkIds);
                } else {
                    skipValue(8);
                }
            } while (more('}'));
        }
        if (styleId == Participant.ABSENT || selections != expectedSelections) {
            throw GIVE_UP;
        }
        return (int) styleId;
    }

    private int selections(List<Integer> perkIds) {
        int count = 0;
        expect('[');
        if (endsHere(']')) {
            return 0;
        }
        do {
            long perk = Participant.ABSENT;
            expect('{');
            if (!endsHere('}')) {
                do {
                    if (name() == PERK) {
                        perk = intValue();
                    } else {
                        skipValue(10);
                    }
                } while (more('}'));
            }
            if (perk == Participant.ABSENT) {
                throw GIVE_UP;
            }
            perkIds.add((int) perk);
            count++;
        } while (more(']'));
        return count;
    }

    private long[] statPerks() {
        long[] shards = {Participant.ABSENT, Participant.ABSENT, Participant.ABSENT};
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == OFFENSE || name == FLEX || name == DEFENSE) {
                    shards[name - OFFENSE] = intValue();
                } else {
                    skipValue(8);
                }
            } while (more('}'));
        }
        for (long shard : shards) {
            if (shard == Participant.ABSENT) {
                throw GIVE_UP;
            }
        }
        return shards;
    }

    // ---- tokens -------------------------------------------------------------------------------------------------

    /** Reads {@code "name":} and returns the name's code, or {@link #OTHER}. */
    private int name() {
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
        return code(start, position - start);
    }

    private int code(int start, int length) {
        if (length >= LONGEST_NAME) {
            return OTHER;
        }
        int[] candidates = CODES_BY_LENGTH_AND_FIRST[length * 128 + (in[start] & 0x7f)];
        if (candidates == null) {
            return OTHER;
        }
        boolean wordsFit = start + LONGEST_NAME + Long.BYTES <= in.length;
        for (int code : candidates) {
            if (wordsFit ? sameWords(start, length, NAME_WORDS[code]) : sameBytes(start, length, NAME_BYTES[code])) {
                return code;
            }
        }
        return OTHER;
    }

    /** Compares eight bytes at a time; the last word is masked to the name's length. */
    private boolean sameWords(int start, int length, long[] words) {
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

    private boolean sameBytes(int start, int length, byte[] name) {
        for (int index = 1; index < length; index++) {
            if (in[start + index] != name[index]) {
                return false;
            }
        }
        return true;
    }

    /** After a member or element: true on a comma (another follows), false on {@code close}. */
    private boolean more(char close) {
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
    private boolean endsHere(char close) {
        skipSpace();
        if (pos < end && in[pos] == close) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char character) {
        skipSpace();
        if (pos >= end || in[pos] != character) {
            throw GIVE_UP;
        }
        pos++;
    }

    private void skipSpace() {
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

    private String string() {
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
    private String nullableString() {
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

    private long nullableBoolean() {
        if (literal("true")) {
            return 1;
        }
        if (literal("false")) {
            return 0;
        }
        if (literal("null")) {
            return Participant.ABSENT;
        }
        throw GIVE_UP;
    }

    private long nullableInt() {
        return literal("null") ? Participant.ABSENT : intValue();
    }

    private long intValue() {
        long value = longValue();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw GIVE_UP;
        }
        return value;
    }

    /** A JSON integer of at most 18 digits; a fraction, an exponent or a longer number gives up. */
    private long longValue() {
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

    private boolean literal(String word) {
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

    private void skipValue(int depth) {
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
            skipStringBody();
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
        skipStringBody();
    }

    /** From just after the opening quote to just after the closing one; escapes are checked, not decoded. */
    private void skipStringBody() {
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
            if (kind == BACKSLASH) {
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

    /** Checks the continuation bytes after a UTF-8 lead byte, as Jackson does when it decodes. */
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
        for (int index = 0; index < continuation; index++) {
            if (pos >= end || (in[pos++] & 0xc0) != 0x80) {
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

    private static long[][] nameWords() {
        long[][] words = new long[NAME_BYTES.length][];
        for (int code = 0; code < NAME_BYTES.length; code++) {
            byte[] padded = Arrays.copyOf(NAME_BYTES[code], (NAME_BYTES[code].length + 7) / 8 * 8);
            words[code] = new long[padded.length / Long.BYTES];
            for (int index = 0; index < words[code].length; index++) {
                words[code][index] = SwarBytes.word(padded, index * Long.BYTES);
            }
        }
        return words;
    }

    private static int[][] codesByLengthAndFirst() {
        int[][] table = new int[LONGEST_NAME * 128][];
        for (int code = 0; code < NAMES.size(); code++) {
            String name = NAMES.get(code);
            int slot = name.length() * 128 + name.charAt(0);
            int[] before = table[slot] == null ? new int[0] : table[slot];
            int[] after = Arrays.copyOf(before, before.length + 1);
            after[before.length] = code;
            table[slot] = after;
        }
        return table;
    }
}
