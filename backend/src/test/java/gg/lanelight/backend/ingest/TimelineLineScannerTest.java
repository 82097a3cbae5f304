package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.generate.GeneratedMatch;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.generate.MatchGenerator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeline fast path reads exactly what the Jackson path streams from every ordinary timeline, and hands every
 * other line back (null), odd but valid ones included, so that Jackson reads them or names the reason.
 */
class TimelineLineScannerTest {
    private static final ItemCatalog ITEMS = ItemCatalog.bundled();

    private final TimelineLineScanner scanner = new TimelineLineScanner();
    private final RecordParser jacksonPath = new RecordParser(ITEMS);
    private final RecordTreeReader trees = new RecordTreeReader(TestData.MAPPER);

    private String text;

    @BeforeEach
    void readFixture() throws Exception {
        text = TestData.MAPPER.writeValueAsString(TestData.fixtureTimeline());
    }

    @Test
    void theRecordedTimelineReadsTheSameOnBothPaths() {
        ParsedRecord.Timeline fast = fast(text);

        assertNotNull(fast, "the recorded timeline is an ordinary timeline");
        assertEquals(jackson(text), fast);
        assertEquals("KR_7014499581", fast.matchId());
        assertEquals(10, fast.facts().size(), "every participant bought items and levelled skills");
        assertTrue(fast.facts().values().stream().allMatch(facts -> facts.goldAt15() != null), "a 28-minute game");
    }

    @Test
    void generatedTimelinesReadTheSameOnBothPaths() throws Exception {
        MatchGenerator generator = MatchGenerator.bundled(new GeneratorOptions(11, 200, 1.0, List.of()));
        for (int index = 0; index < 200; index++) {
            GeneratedMatch generated = generator.match(index);
            String line = TestData.MAPPER.writeValueAsString(generated.timeline());

            ParsedRecord.Timeline fast = fast(line);

            assertNotNull(fast, "timeline " + index);
            assertEquals(jackson(line), fast, "timeline " + index);
            assertNull(
                    fast(TestData.MAPPER.writeValueAsString(generated.match())), "match " + index + " is no timeline");
        }
    }

    @Test
    void oddButValidLinesReadTheSameOnBothPathsOrGoToJackson() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put(
                "spaces everywhere",
                text.replace(",", " ,\t").replace(":", " : ").replace("{", "{ \r\n"));
        lines.put("frameInterval 30 s", text.replaceFirst("\"frameInterval\":\\d+", "\"frameInterval\":30000"));
        lines.put("frameInterval 0", text.replaceFirst("\"frameInterval\":\\d+", "\"frameInterval\":0"));
        lines.put("frameInterval -5", text.replaceFirst("\"frameInterval\":\\d+", "\"frameInterval\":-5"));
        lines.put("frameInterval 6e4", text.replaceFirst("\"frameInterval\":\\d+", "\"frameInterval\":6e4"));
        lines.put("frameInterval as text", text.replaceFirst("\"frameInterval\":\\d+", "\"frameInterval\":\"60000\""));
        lines.put("frameInterval after frames", moveFrameIntervalToTheEnd(text, "30000"));
        lines.put("no frameInterval", text.replaceFirst("\"frameInterval\":\\d+,", ""));
        lines.put("itemId 1.0", text.replaceFirst("\"itemId\":(\\d+)", "\"itemId\":$1.0"));
        lines.put("itemId -0", text.replaceFirst("\"itemId\":(\\d+)", "\"itemId\":-0"));
        lines.put("itemId beyond int", text.replaceFirst("\"itemId\":(\\d+)", "\"itemId\":2147483648"));
        lines.put("itemId as text", text.replaceFirst("\"itemId\":(\\d+)", "\"itemId\":\"$1\""));
        lines.put("itemId null", text.replaceFirst("\"itemId\":(\\d+)", "\"itemId\":null"));
        lines.put("itemId twice", text.replaceFirst("\"itemId\":(\\d+)", "\"itemId\":1001,\"itemId\":$1"));
        lines.put("type twice", text.replaceFirst("\"type\":\"ITEM_PURCHASED\"", "\"type\":\"X\",$0"));
        lines.put("type as number", text.replaceFirst("\"type\":\"ITEM_PURCHASED\"", "$0,\"type\":7"));
        lines.put("type empty", text.replaceFirst("\"type\":\"ITEM_PURCHASED\"", "\"type\":\"\""));
        lines.put(
                "type escaped",
                text.replaceFirst("\"type\":\"ITEM_PURCHASED\"", "\"type\":\"ITEM\\\\u005fPURCHASED\""));
        lines.put("type lower case", text.replaceFirst("\"type\":\"ITEM_PURCHASED\"", "\"type\":\"item_purchased\""));
        lines.put("type non-ASCII", text.replaceFirst("\"type\":\"ITEM_PURCHASED\"", "\"type\":\"ITEM_PURCHASÉ\""));
        lines.put("levelUpType EVOLVE", text.replaceFirst("\"levelUpType\":\"NORMAL\"", "\"levelUpType\":\"EVOLVE\""));
        lines.put("levelUpType null", text.replaceFirst("\"levelUpType\":\"NORMAL\"", "\"levelUpType\":null"));
        lines.put("skillSlot 9", text.replaceFirst("\"skillSlot\":\\d", "\"skillSlot\":9"));
        lines.put("timestamp 1.5", text.replaceFirst("\"timestamp\":(\\d+)", "\"timestamp\":$1.5"));
        lines.put("events null", text.replaceFirst("\"events\":\\[", "\"events\":null,\"x\":["));
        lines.put("events of numbers", text.replaceFirst("\"events\":\\[", "$0 1,2,[],"));
        lines.put("events twice", text.replaceFirst("\"events\":\\[", "\"events\":[],$0"));
        lines.put("a frame that is no object", text.replaceFirst("\"frames\":\\[", "$0[1,{}],7,"));
        lines.put("frames empty", text.replaceFirst("\"frames\":\\[", "\"frames\":[],\"x\":["));
        lines.put("frames twice", text.replaceFirst("\"frames\":\\[", "\"frames\":[],$0"));
        lines.put("frames null", text.replaceFirst("\"frames\":\\[", "\"frames\":null,\"x\":["));
        lines.put(
                "participantFrames null",
                text.replaceAll("\"participantFrames\":\\{", "\"participantFrames\":null,\"x\":{"));
        lines.put(
                "participantFrames twice", text.replaceAll("\"participantFrames\":\\{", "\"participantFrames\":{},$0"));
        lines.put(
                "a participant frame that is no object", text.replaceAll("\"participantFrames\":\\{", "$0\"0\":[1],"));
        lines.put("totalGold 1e3", text.replaceAll("\"totalGold\":\\d+", "\"totalGold\":1e3"));
        lines.put("totalGold null", text.replaceAll("\"totalGold\":\\d+", "\"totalGold\":null"));
        lines.put("totalGold twice", text.replaceAll("\"totalGold\":(\\d+)", "\"totalGold\":5,\"totalGold\":$1"));
        lines.put("no participantId in frames", text.replaceAll("\"participantId\":\\d+,\"position\"", "\"position\""));
        lines.put("matchId escaped", text.replaceFirst("\"matchId\":\"KR_", "\"matchId\":\"\\\\u004bR_"));
        lines.put("matchId blank", text.replaceFirst("\"matchId\":\"[^\"]*\"", "\"matchId\":\"  \""));
        lines.put("matchId twice", text.replaceFirst("\"matchId\":\"[^\"]*\"", "\"matchId\":\"A\",$0"));
        lines.put(
                "metadata twice",
                text.replaceFirst("\\{\"metadata\":", "{\"metadata\":{\"matchId\":\"A\"},\"metadata\":"));
        lines.put("info twice", text.replaceFirst("\\{\"metadata\":", "{\"info\":{\"frames\":[]},\"metadata\":"));
        lines.put("info before metadata", infoBeforeMetadata(text));
        lines.put("accented strings left alone", text.replace("\"GameComplete\"", "\"Partie terminée ✓\""));
        lines.put("escapes left alone", text.replace("\"GameComplete\"", "\"a\\\"b\\\\c\\u00e9\\n\""));
        lines.put(
                "unused numbers of every form",
                text.replaceFirst("\"frameInterval\":", "\"x\":[-0,0.5,1e9,-2E-3,1.5e+2],$0"));

        lines.forEach((what, line) -> {
            assertNotEquals(text, line, what + " changes the recorded line");
            ParsedRecord.Timeline fast = fast(line);
            if (fast != null) {
                assertEquals(jacksonOutcome(line), fast, what);
            }
        });
        assertNotNull(fast(lines.get("spaces everywhere")), "spacing alone is read on the fast path");
        assertNotNull(fast(lines.get("frameInterval after frames")), "field order alone is read on the fast path");
        assertNull(fast(lines.get("type escaped")), "an escaped type goes to Jackson");
    }

    @Test
    void theFrameIntervalCountsOnlyWhenItComesBeforeTheFrames() {
        // Frames said to come every 30 s would put 15:00 at frame 30, which this 29-frame game never reaches; told
        // only after the frames, the interval is too late to matter and the 60 s default finds frame 15.
        String intervalFirst = text.replaceFirst("\"frameInterval\":\\d+", "\"frameInterval\":30000");
        String intervalLast = moveFrameIntervalToTheEnd(text, "30000");

        ParsedRecord.Timeline first = fast(intervalFirst);
        ParsedRecord.Timeline last = fast(intervalLast);

        assertEquals(jackson(intervalFirst), first);
        assertEquals(jackson(intervalLast), last);
        assertTrue(first.facts().values().stream().allMatch(facts -> facts.goldAt15() == null));
        assertTrue(last.facts().values().stream().allMatch(facts -> facts.goldAt15() != null));
    }

    @Test
    void aHugeFrameIntervalStillFindsTheGoldAt15() {
        // Frames 18 digits of milliseconds apart are all past 15:00 by the interval; the timestamps pick the frame.
        String huge = text.replaceFirst("\"frameInterval\":\\d+", "\"frameInterval\":999999999999999999");

        ParsedRecord.Timeline fast = fast(huge);

        assertEquals(jackson(huge), fast);
        assertTrue(fast.facts().values().stream().allMatch(facts -> facts.goldAt15() != null));
    }

    @Test
    void invalidJsonAnywhereOnTheLineIsLeftToJacksonWhichRejectsIt() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("truncated", text.substring(0, text.length() / 2));
        lines.put("bad literal in a participant frame", text.replaceFirst("\"xp\":\\d+", "\"xp\":tru"));
        lines.put("number with a leading zero", text.replaceFirst("\"xp\":\\d+", "\"xp\":012"));
        lines.put("number that is only a minus", text.replaceFirst("\"xp\":\\d+", "\"xp\":-"));
        lines.put("bare word", text.replaceFirst("\"xp\":\\d+", "\"xp\":NaN"));
        lines.put("missing comma", text.replaceFirst(",\"xp\"", "\"xp\""));
        lines.put("trailing comma", text.replaceFirst("\\]\\}\\}$", ",]}}"));
        lines.put("unknown escape", text.replace("\"GameComplete\"", "\"Game\\qComplete\""));
        lines.put("control character in a string", text.replace("\"GameComplete\"", "\"Game\u0001Complete\""));
        lines.put("more after the value", text + " {}");

        lines.forEach((what, line) -> {
            assertNotEquals(text, line, what + " changes the recorded line");
            assertNull(fast(line), what);
            assertInstanceOf(Exception.class, jacksonOutcome(line), what);
        });
    }

    @Test
    void invalidUtf8InAnUnusedStringIsLeftToJackson() {
        byte[] line = text.replace("\"GameComplete\"", "\"Game?Complete\"").getBytes(StandardCharsets.UTF_8);
        int stray = new String(line, StandardCharsets.UTF_8).indexOf("Game?") + 4;
        line[stray] = (byte) 0xff;

        assertNull(scanner.read(line, 0, line.length));
        assertInstanceOf(Exception.class, jacksonOutcome(line));
    }

    @Test
    void oddUtf8ReadsTheSameOnBothPathsOrGoesToJackson() {
        Map<String, byte[]> oddBytes = Map.of(
                "an overlong NUL", new byte[] {(byte) 0xc0, (byte) 0x80},
                "an overlong slash", new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
                "a UTF-16 surrogate", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                "beyond U+10FFFF", new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                "a lead byte of five", new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
        // A string Jackson decodes (the result of the game), one it skips (an event's kind of ward) and a name.
        for (String marker : new String[] {"\"GameComplete", "\"wardType\":\"", "\"wardT"}) {
            for (Map.Entry<String, byte[]> odd : oddBytes.entrySet()) {
                byte[] line = insertAfter(text, marker, odd.getValue());
                TimelineLineScanner.ScannedTimeline scanned = scanner.read(line, 0, line.length);
                if (scanned != null) {
                    assertEquals(
                            jacksonOutcome(line),
                            new ParsedRecord.Timeline(
                                    scanned.matchId(), scanned.frames().facts(ITEMS), "test", "line 1"),
                            odd.getKey() + " after " + marker);
                }
            }
        }
    }

    @Test
    void anEscapedLoneSurrogateInANameIsLeftToJacksonWhichRejectsIt() {
        // Jackson decodes every name, even in frames it skips, and refuses a lone surrogate there.
        String line = text.replaceFirst("\"championStats\":\\{\"", "$0\\\\ud800");

        assertNotEquals(text, line);
        assertNull(fast(line));
        assertInstanceOf(Exception.class, jacksonOutcome(line));
    }

    @Test
    void whatIsNoTimelineIsLeftToJackson() throws Exception {
        String match = TestData.MAPPER.writeValueAsString(TestData.fixtureMatch());
        ObjectNode noFrames = (ObjectNode) TestData.fixtureTimeline();
        ((ObjectNode) noFrames.path("info")).remove("frames");

        assertNull(fast(match), "a match");
        assertNull(fast(TestData.MAPPER.writeValueAsString(noFrames)), "info without frames");
        assertNull(fast("[" + text + "]"), "an array of timelines");
        assertNull(fast("{\"info\":{\"frames\":[]}}"), "no metadata");
        assertNull(fast(""), "nothing");
    }

    @Test
    void aLineInsideALargerBufferIsReadWhereItLies() {
        byte[] line = text.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[line.length + 20];
        buffer[0] = '\n';
        System.arraycopy(line, 0, buffer, 7, line.length);
        buffer[7 + line.length] = '\n';
        buffer[8 + line.length] = '{';

        TimelineLineScanner.ScannedTimeline scanned = scanner.read(buffer, 7, line.length);

        assertNotNull(scanned);
        assertEquals(
                jackson(text),
                new ParsedRecord.Timeline(scanned.matchId(), scanned.frames().facts(ITEMS), "test", "line 1"));
    }

    private ParsedRecord.Timeline fast(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        TimelineLineScanner.ScannedTimeline scanned = scanner.read(bytes, 0, bytes.length);
        return scanned == null
                ? null
                : new ParsedRecord.Timeline(scanned.matchId(), scanned.frames().facts(ITEMS), "test", "line 1");
    }

    private ParsedRecord jackson(String line) {
        Object outcome = jacksonOutcome(line.getBytes(StandardCharsets.UTF_8));
        return assertInstanceOf(ParsedRecord.Timeline.class, outcome);
    }

    private Object jacksonOutcome(String line) {
        return jacksonOutcome(line.getBytes(StandardCharsets.UTF_8));
    }

    /** What the Jackson path gives for the line (as RecordFileReader reads one): a ParsedRecord or the exception. */
    private Object jacksonOutcome(byte[] line) {
        try (JsonParser parser = TestData.MAPPER.getFactory().createParser(line, 0, line.length)) {
            parser.nextToken();
            ParsedRecord parsed = jacksonPath.parse(trees.read(parser), "test", "line 1");
            if (parser.nextToken() != null) {
                return new IllegalStateException("more content follows the value");
            }
            return parsed;
        } catch (Exception e) {
            return e;
        }
    }

    private static byte[] insertAfter(String line, String marker, byte[] inserted) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        // Found among the bytes (read one char each), so that the place is right after any non-ASCII text.
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(marker) + marker.length();
        byte[] joined = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, joined, 0, at);
        System.arraycopy(inserted, 0, joined, at, inserted.length);
        System.arraycopy(bytes, at, joined, at + inserted.length, bytes.length - at);
        return joined;
    }

    private static String moveFrameIntervalToTheEnd(String line, String interval) {
        String without = line.replaceFirst("\"frameInterval\":\\d+,", "");
        int infoEnd = without.lastIndexOf('}', without.length() - 2);
        return without.substring(0, infoEnd) + ",\"frameInterval\":" + interval + without.substring(infoEnd);
    }

    private static String infoBeforeMetadata(String line) {
        try {
            ObjectNode timeline = (ObjectNode) TestData.MAPPER.readTree(line);
            ObjectNode reordered = TestData.MAPPER.createObjectNode();
            reordered.set("info", timeline.get("info"));
            reordered.set("metadata", timeline.get("metadata"));
            return TestData.MAPPER.writeValueAsString(reordered);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
