package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Both fast paths against the Jackson path on thousands of small edits of the recorded match and timeline (seeded, so
 * every run tries the same lines): wherever a fast path accepts an edited line, it must read what Jackson reads.
 */
class LineScannersMutationTest {
    private static final ItemCatalog ITEMS = ItemCatalog.bundled();
    private static final int EDITED_LINES = 3_000;

    /** Places worth editing: the kept fields and the containers around them. */
    private static final List<String> PLACES = List.of(
            "\"itemId\":",
            "\"participantId\":",
            "\"skillSlot\":",
            "\"timestamp\":",
            "\"totalGold\":",
            "\"frameInterval\":",
            "\"type\":",
            "\"matchId\":",
            "\"frames\":",
            "\"events\":",
            "\"participantFrames\":",
            "\"metadata\":",
            "\"info\":",
            "\"participants\":",
            "\"win\":",
            "\"teamPosition\":",
            "\"puuid\":",
            "\"gameVersion\":",
            "\"perks\":",
            "\"bans\":",
            "\"gameDuration\":",
            "\"challenges\":{\"");

    /** What is put there: JSON that reads the same to a reader keeping other fields, odd numbers, escapes, bad bytes. */
    private static final List<String> INSERTS = List.of(
            ",\"itemId\":1",
            "\"",
            "\\u0041",
            "\\ud800",
            "1e3",
            "-0",
            "1.0",
            "null",
            "[]",
            "{}",
            ",\"frames\":[]",
            ",\"matchId\":\"X\"",
            ",\"type\":\"ITEM_UNDO\"",
            ",\"frameInterval\":30000",
            "99999999999999999999",
            "2147483648",
            ",\"win\":true",
            ",\"teamPosition\":\"Invalid\"",
            " ",
            "\r",
            ",",
            ":",
            "}",
            "]",
            "é",
            "\u00ed\u00a0\u0080");

    private final MatchLineScanner matches = new MatchLineScanner(new MatchParser(ITEMS));
    private final TimelineLineScanner timelines = new TimelineLineScanner();
    private final RecordParser jacksonPath = new RecordParser(ITEMS);
    private final RecordTreeReader trees = new RecordTreeReader(TestData.MAPPER);

    @Test
    void everyEditedLineAFastPathAcceptsReadsAsJacksonReadsIt() throws Exception {
        List<byte[]> originals = List.of(
                TestData.MAPPER.writeValueAsBytes(TestData.fixtureMatch()),
                TestData.MAPPER.writeValueAsBytes(TestData.fixtureTimeline()));
        Random random = new Random(20_261_204);
        int accepted = 0;

        for (int index = 0; index < EDITED_LINES; index++) {
            byte[] line = originals.get(index % 2);
            for (int edit = random.nextInt(3); edit >= 0; edit--) {
                line = edited(line, random);
            }

            Object fast = fast(line);

            if (fast != null) {
                accepted++;
                assertEquals(jackson(line), fast, "edited line " + index + " (the seed makes it again)");
            }
        }
        assertTrue(accepted > EDITED_LINES / 20, accepted + " edited lines stayed on a fast path");
    }

    /** The line with one insertion just after a place (or anywhere), or a few bytes taken out. */
    private static byte[] edited(byte[] line, Random random) {
        String bytes = new String(line, StandardCharsets.ISO_8859_1);
        int found = bytes.indexOf(PLACES.get(random.nextInt(PLACES.size())), random.nextInt(line.length));
        int at = found < 0 ? random.nextInt(line.length) : found + random.nextInt(16);
        at = Math.min(at, line.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(line, 0, at);
        if (random.nextInt(4) == 0) {
            int removed = Math.min(line.length - at, 1 + random.nextInt(8));
            out.write(line, at + removed, line.length - at - removed);
        } else {
            // Inserts are written byte for byte (ISO-8859-1), so that the last one is a UTF-16 surrogate in UTF-8.
            out.writeBytes(INSERTS.get(random.nextInt(INSERTS.size())).getBytes(StandardCharsets.ISO_8859_1));
            out.write(line, at, line.length - at);
        }
        return out.toByteArray();
    }

    private Object fast(byte[] line) {
        ParsedMatch match = matches.read(line, 0, line.length);
        if (match != null) {
            return match;
        }
        TimelineLineScanner.ScannedTimeline timeline = timelines.read(line, 0, line.length);
        return timeline == null
                ? null
                : new ParsedRecord.Timeline(
                        timeline.matchId(), timeline.frames().facts(ITEMS), "test", "line 1");
    }

    /** What the Jackson path gives for the line, as RecordFileReader reads one: a record, or why it is refused. */
    private Object jackson(byte[] line) {
        try (JsonParser parser = TestData.MAPPER.getFactory().createParser(line, 0, line.length)) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                return "an array";
            }
            ParsedRecord parsed = jacksonPath.parse(trees.read(parser), "test", "line 1");
            if (parser.nextToken() != null) {
                return "more content follows the value";
            }
            return parsed instanceof ParsedRecord.Match read ? read.match() : parsed;
        } catch (Exception e) {
            return e.toString();
        }
    }
}
