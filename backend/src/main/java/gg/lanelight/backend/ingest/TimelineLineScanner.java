package gg.lanelight.backend.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path for one line of newline-delimited timeline-v5: feeds the item and skill events and the gold of the
 * frames around 15:00 straight from the line's bytes into a {@link TimelineAccumulator}, and walks over the rest (most
 * of a timeline: participant frames, kills, wards, positions) checking only that it is valid JSON.
 *
 * <p>It reads what {@link RecordTreeReader} streams, by the same rules (the same fields, the same frames, the same
 * defaults for absent fields), and answers only for ordinary timelines: anything else (a match, a number that is not
 * a plain integer where one is read, an escape in a matchId or an event type, metadata, info or frames given twice,
 * invalid JSON anywhere) gives null, and the caller reads the line with Jackson, which names the reason. Tests compare
 * the two paths. Not thread-safe: one instance per reading thread.
 */
final class TimelineLineScanner extends JsonLineScanner {
    private static final NameCodes NAMES = new NameCodes(List.of(
            "metadata",
            "info",
            "matchId",
            "frameInterval",
            "frames",
            "events",
            "participantFrames",
            "timestamp",
            "type",
            "levelUpType",
            "participantId",
            "itemId",
            "beforeId",
            "skillSlot",
            "totalGold"));

    private static final int METADATA = NAMES.of("metadata");
    private static final int INFO = NAMES.of("info");
    private static final int MATCH_ID = NAMES.of("matchId");
    private static final int FRAME_INTERVAL = NAMES.of("frameInterval");
    private static final int FRAMES = NAMES.of("frames");
    private static final int EVENTS = NAMES.of("events");
    private static final int PARTICIPANT_FRAMES = NAMES.of("participantFrames");
    private static final int TIMESTAMP = NAMES.of("timestamp");
    private static final int TYPE = NAMES.of("type");
    private static final int LEVEL_UP_TYPE = NAMES.of("levelUpType");
    private static final int PARTICIPANT_ID = NAMES.of("participantId");
    private static final int ITEM_ID = NAMES.of("itemId");
    private static final int BEFORE_ID = NAMES.of("beforeId");
    private static final int SKILL_SLOT = NAMES.of("skillSlot");
    private static final int TOTAL_GOLD = NAMES.of("totalGold");

    /**
     * The event types and level-up type that count, as the accumulator spells them; any other string is passed on as
     * "" (counts as no known type, as Jackson's text would), an absent one as null.
     */
    private static final List<String> EVENT_WORDS = List.of("ITEM_PURCHASED", "ITEM_UNDO", "SKILL_LEVEL_UP", "NORMAL");

    private static final NameCodes WORDS = new NameCodes(EVENT_WORDS);
    private static final String OTHER_WORD = "";

    /** Riot's timelines have one frame a minute; {@code info.frameInterval} says so when present. */
    private static final long DEFAULT_FRAME_INTERVAL_MS = 60_000;

    /** What one event says; reused from event to event (the accumulator keeps none of it). */
    private final TimelineAccumulator.Event event = new TimelineAccumulator.Event();

    TimelineLineScanner() {
        super(NAMES);
    }

    /** A timeline's match id and what its frames said. */
    record ScannedTimeline(String matchId, TimelineAccumulator frames) {}

    /** The timeline in {@code line[offset, offset + length)}, or null when Jackson must read the line. */
    ScannedTimeline read(byte[] line, int offset, int length) {
        if (!begin(line, offset, length)) {
            return null;
        }
        try {
            return timeline();
        } catch (GiveUp e) {
            return null;
        } finally {
            finish();
        }
    }

    private ScannedTimeline timeline() {
        String matchId = null;
        TimelineAccumulator frames = null;
        boolean sawMetadata = false;
        boolean sawInfo = false;
        skipSpace();
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == METADATA) {
                    giveUpIf(sawMetadata);
                    sawMetadata = true;
                    matchId = metadata(MATCH_ID);
                } else if (name == INFO) {
                    giveUpIf(sawInfo);
                    sawInfo = true;
                    frames = info();
                } else {
                    skipValue(1);
                }
            } while (more('}'));
        }
        skipSpace();
        if (pos != end || matchId == null || matchId.isBlank() || frames == null) {
            throw GIVE_UP;
        }
        return new ScannedTimeline(matchId, frames);
    }

    /** Gives up on a field given twice: which copy counts is left to Jackson. */
    private static void giveUpIf(boolean seenBefore) {
        if (seenBefore) {
            throw GIVE_UP;
        }
    }

    /** The frames of {@code info}, or null when it has none (then the line is no timeline). */
    private TimelineAccumulator info() {
        TimelineAccumulator frames = null;
        long frameIntervalMs = DEFAULT_FRAME_INTERVAL_MS;
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == FRAME_INTERVAL && atNumber()) {
                    long interval = longValue();
                    frameIntervalMs = interval > 0 ? interval : frameIntervalMs;
                } else if (name == FRAMES) {
                    giveUpIf(frames != null || !at('['));
                    frames = new TimelineAccumulator();
                    frames(frames, frameIntervalMs);
                } else {
                    skipValue(2);
                }
            } while (more('}'));
        }
        return frames;
    }

    private void frames(TimelineAccumulator frames, long frameIntervalMs) {
        expect('[');
        if (endsHere(']')) {
            return;
        }
        int frameIndex = -1;
        do {
            frameIndex++;
            if (at('{')) {
                frame(frames, frameIndex, frameIntervalMs);
            } else {
                skipValue(3);
            }
        } while (more(']'));
    }

    private void frame(TimelineAccumulator frames, int frameIndex, long frameIntervalMs) {
        long timestamp = 0;
        Map<Integer, Integer> totalGold = null;
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == EVENTS && at('[')) {
                    events(frames);
                } else if (name == PARTICIPANT_FRAMES
                        && at('{')
                        && frames.mayBeLanePhaseEnd(frameIndex, frameIntervalMs)) {
                    totalGold = totalGold == null ? new HashMap<>() : totalGold;
                    totalGold(totalGold);
                } else if (name == TIMESTAMP && atNumber()) {
                    timestamp = longValue();
                } else {
                    skipValue(4);
                }
            } while (more('}'));
        }
        frames.frame(timestamp, totalGold == null ? Map.of() : totalGold);
    }

    private void events(TimelineAccumulator frames) {
        expect('[');
        if (endsHere(']')) {
            return;
        }
        do {
            if (at('{')) {
                event(frames);
            } else {
                skipValue(5);
            }
        } while (more(']'));
    }

    private void event(TimelineAccumulator frames) {
        TimelineAccumulator.Event fields = event;
        fields.type = null;
        fields.levelUpType = null;
        fields.participantId = 0;
        fields.itemId = 0;
        fields.beforeId = 0;
        fields.skillSlot = 0;
        fields.timestampMs = 0;
        expect('{');
        if (!endsHere('}')) {
            do {
                int name = name();
                if (name == TYPE && at('"')) {
                    fields.type = word();
                } else if (name == LEVEL_UP_TYPE && at('"')) {
                    fields.levelUpType = word();
                } else if (name == TIMESTAMP && atNumber()) {
                    fields.timestampMs = longValue();
                } else if (name >= PARTICIPANT_ID && name <= SKILL_SLOT && atNumber()) {
                    int value = (int) intValue();
                    if (name == PARTICIPANT_ID) {
                        fields.participantId = value;
                    } else if (name == ITEM_ID) {
                        fields.itemId = value;
                    } else if (name == BEFORE_ID) {
                        fields.beforeId = value;
                    } else {
                        fields.skillSlot = value;
                    }
                } else {
                    skipValue(6);
                }
            } while (more('}'));
        }
        frames.event(fields);
    }

    /** An event's type or level-up type: one of {@link #EVENT_WORDS}, or "" for any other string. */
    private String word() {
        int code = stringCode(WORDS);
        return code == OTHER ? OTHER_WORD : EVENT_WORDS.get(code);
    }

    private void totalGold(Map<Integer, Integer> totalGold) {
        expect('{');
        if (endsHere('}')) {
            return;
        }
        do {
            name();
            if (!at('{')) {
                skipValue(5);
                continue;
            }
            int participantId = 0;
            int gold = 0;
            expect('{');
            if (!endsHere('}')) {
                do {
                    int name = name();
                    if (name == PARTICIPANT_ID && atNumber()) {
                        participantId = (int) intValue();
                    } else if (name == TOTAL_GOLD && atNumber()) {
                        gold = (int) intValue();
                    } else {
                        skipValue(6);
                    }
                } while (more('}'));
            }
            totalGold.put(participantId, gold);
        } while (more('}'));
    }
}
