package gg.lanelight.backend.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fast path for one line of newline-delimited match-v5: reads the few fields a snapshot keeps straight from the
 * line's UTF-8 bytes and walks over everything else (most of a participant: challenges, damage, pings…) checking
 * only that it is valid JSON, without building names, strings, numbers or trees. A match takes about 70% of the
 * time Jackson needs just to tokenise it (measured on generated matches; the validating walk alone, about half).
 *
 * <p>It answers only for ordinary matches. Anything else (a timeline, an escape in a string it needs, a field of an
 * unexpected type or shape, invalid JSON anywhere on the line) gives null, and the caller reads the line again with
 * Jackson and {@link MatchParser}, which name the reason; for every line this path accepts, the two give the same
 * {@link ParsedMatch} (a test compares them). Not thread-safe: one instance per reading thread.
 */
final class MatchLineScanner extends JsonLineScanner {
    private static final int INVENTORY_SLOTS = 6;

    // Field names this path reads, as codes (their index in NAMES); every other name is walked over.
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
                            "frameInterval",
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

    private static final NameCodes CODES = new NameCodes(NAMES);

    private static final int METADATA = CODES.of("metadata");
    private static final int INFO = CODES.of("info");
    private static final int MATCH_ID = CODES.of("matchId");
    private static final int GAME_VERSION = CODES.of("gameVersion");
    private static final int QUEUE_ID = CODES.of("queueId");
    private static final int GAME_START = CODES.of("gameStartTimestamp");
    private static final int GAME_CREATION = CODES.of("gameCreation");
    private static final int GAME_DURATION = CODES.of("gameDuration");
    private static final int GAME_END = CODES.of("gameEndTimestamp");
    private static final int PARTICIPANTS = CODES.of("participants");
    private static final int TEAMS = CODES.of("teams");
    private static final int FRAMES = CODES.of("frames");
    private static final int FRAME_INTERVAL = CODES.of("frameInterval");
    private static final int BANS = CODES.of("bans");
    private static final int STYLES = CODES.of("styles");
    private static final int STAT_PERKS = CODES.of("statPerks");
    private static final int STYLE = CODES.of("style");
    private static final int SELECTIONS = CODES.of("selections");
    private static final int PERK = CODES.of("perk");
    private static final int PUUID = CODES.of("puuid");
    private static final int TEAM_POSITION = CODES.of("teamPosition");
    private static final int PERKS = CODES.of("perks");
    private static final int CHAMPION_ID = CODES.of("championId");
    private static final int NUMBERS_FROM = CODES.of(MatchParser.PARTICIPANT_NUMBERS.get(0));
    private static final int NUMBERS_TO = NUMBERS_FROM + MatchParser.PARTICIPANT_NUMBERS.size();

    private static final int PARTICIPANT_ID = CODES.of("participantId");
    private static final int TEAM_ID = CODES.of("teamId");
    private static final int KILLS = CODES.of("kills");
    private static final int DEATHS = CODES.of("deaths");
    private static final int ASSISTS = CODES.of("assists");
    private static final int MINIONS = CODES.of("totalMinionsKilled");
    private static final int MONSTERS = CODES.of("neutralMinionsKilled");
    private static final int PLACEMENT = CODES.of("placement");
    private static final int SPELL_1 = CODES.of("summoner1Id");
    private static final int SPELL_2 = CODES.of("summoner2Id");
    private static final int ITEM_0 = CODES.of("item0");
    private static final int WIN = CODES.of("win");
    private static final int EARLY_SURRENDER = CODES.of("gameEndedInEarlySurrender");
    private static final int OFFENSE = CODES.of("offense");
    private static final int FLEX = CODES.of("flex");
    private static final int DEFENSE = CODES.of("defense");

    private final MatchParser rules;
    private final Participant participant = new Participant();

    MatchLineScanner(MatchParser rules) {
        super(CODES);
        this.rules = rules;
    }

    /** The match in {@code line[offset, offset + length)}, or null when Jackson must read the line. */
    ParsedMatch read(byte[] line, int offset, int length) {
        if (!begin(line, offset, length)) {
            return null;
        }
        try {
            return match();
        } catch (GiveUp | RejectedRecordException e) {
            return null;
        } finally {
            finish();
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
                    matchId = metadata(MATCH_ID);
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
        SortedDistinctInts bans = new SortedDistinctInts(10);
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
                    bans.lowest(bans.size()),
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
                } else if (name == FRAMES || name == FRAME_INTERVAL) {
                    // A timeline's fields: the Jackson path reads frameInterval even in a match (and refuses one
                    // beyond 64 bits), so a match that carries one is left to it.
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
        info.bans = new SortedDistinctInts(10);
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

    private void bans(SortedDistinctInts banned) {
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

        static final long ABSENT = JsonLineScanner.ABSENT;

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
}
