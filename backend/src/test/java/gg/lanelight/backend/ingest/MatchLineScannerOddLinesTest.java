package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Odd but possible lines (unusual numbers, duplicate keys, reordered fields, nulls, stray bytes in kept strings, very
 * long names): whatever the fast path returns must be exactly what Jackson reads from the same bytes, the way
 * {@link RecordFileReader} reads a line.
 */
class MatchLineScannerOddLinesTest {
    private static final ItemCatalog ITEMS = ItemCatalog.bundled();

    private final MatchLineScanner scanner = new MatchLineScanner(new MatchParser(ITEMS));
    private final RecordParser jacksonPath = new RecordParser(ITEMS);
    private final RecordTreeReader trees = new RecordTreeReader(TestData.MAPPER);

    private byte[] match;
    private String text;

    @BeforeEach
    void readFixture() throws Exception {
        match = TestData.MAPPER.writeValueAsBytes(TestData.fixtureMatch());
        text = new String(match, StandardCharsets.UTF_8);
    }

    @Test
    void oddButValidLinesReadTheSameOnBothPathsOrGoToJackson() throws Exception {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("kills -0", text.replaceFirst("\"kills\":\\d+", "\"kills\":-0"));
        lines.put("kills 1e2", text.replaceFirst("\"kills\":\\d+", "\"kills\":1e2"));
        lines.put("kills 1.0", text.replaceFirst("\"kills\":\\d+", "\"kills\":1.0"));
        lines.put("kills beyond int", text.replaceFirst("\"kills\":\\d+", "\"kills\":2147483648"));
        lines.put(
                "odd unused numbers",
                text.replaceFirst("\"totalDamageDealt\":\\d+", "$0,\"a\":1e2,\"b\":-0,\"c\":1.0"));
        lines.put("escaped role", text.replaceFirst("\"teamPosition\":\"TOP\"", "\"teamPosition\":\"\\\\u0054OP\""));
        lines.put("accented puuid", text.replaceFirst("\"puuid\":\"", "\"puuid\":\"é"));
        lines.put("duplicate win", text.replaceFirst("\"win\":(true|false)", "\"win\":true,\"win\":false"));
        lines.put("duplicate participants", text.replaceFirst("\"participants\":", "\"participants\":[],$0"));
        lines.put("duplicate teams", text.replaceFirst("\"teams\":", "\"teams\":null,$0"));
        lines.put("duplicate perks", text.replaceFirst("\"perks\":", "\"perks\":null,$0"));
        lines.put(
                "info before metadata",
                text.replaceFirst("^\\{(\"metadata\":\\{[^}]*\\}),(\"info\":.*)\\}$", "{$2,$1}"));
        lines.put("no gameStartTimestamp", text.replaceFirst("\"gameStartTimestamp\":\\d+,", ""));
        lines.put("gameEndTimestamp null", text.replaceFirst("\"gameEndTimestamp\":\\d+", "\"gameEndTimestamp\":null"));
        lines.put("ban -1", text.replaceFirst("\"bans\":\\[\\{\"championId\":\\d+", "\"bans\":[{\"championId\":-1"));
        lines.put(
                "ban null", text.replaceFirst("\"bans\":\\[\\{\"championId\":\\d+", "\"bans\":[{\"championId\":null"));
        lines.put(
                "ban as text",
                text.replaceFirst("\"bans\":\\[\\{\"championId\":\\d+", "\"bans\":[{\"championId\":\"5\""));
        lines.put("three rune trees", text.replaceFirst("\"styles\":\\[", "$0{\"style\":1,\"selections\":[]},"));
        lines.put("no statPerks", text.replaceFirst("\"statPerks\":", "\"statPerksX\":"));
        lines.put("empty participants", text.replaceFirst("\"participants\":\\[", "\"participants\":[],\"x\":["));
        lines.put(
                "gameDuration of 20 digits",
                text.replaceFirst("\"gameDuration\":\\d+", "\"gameDuration\":1" + "0".repeat(19)));
        lines.put(
                "patch beyond int",
                text.replaceFirst("\"gameVersion\":\"[^\"]*\"", "\"gameVersion\":\"99999999999.1\""));
        lines.put(
                "frameInterval beyond 64 bits",
                text.replaceFirst("\"gameCreation\":", "\"frameInterval\":1" + "0".repeat(19) + ",$0"));
        for (String field : MatchParser.PARTICIPANT_FIELDS) {
            lines.put("null " + field, text.replaceFirst("\"" + field + "\":", "$0null,\"was_" + field + "\":"));
        }

        lines.forEach((what, line) -> assertSameAsJackson(what, line.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidUtf8InAKeptStringIsLeftToJacksonWhichRejectsTheLine() throws Exception {
        Map<String, byte[]> strayBytes = Map.of(
                "a byte that starts nothing", new byte[] {(byte) 0xff},
                "a lead byte before ASCII", new byte[] {(byte) 0xc3},
                "an overlong NUL", new byte[] {(byte) 0xc0, (byte) 0x80},
                "a UTF-16 surrogate", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                "beyond U+10FFFF", new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        for (String field : new String[] {"matchId", "puuid", "teamPosition", "gameVersion"}) {
            for (Map.Entry<String, byte[]> stray : strayBytes.entrySet()) {
                byte[] line = insertAfter("\"" + field + "\":\"", stray.getValue());
                String what = stray.getKey() + " in " + field;

                assertNull(scanner.read(line, 0, line.length), what);
                assertInstanceOf(JsonProcessingException.class, jacksonOutcome(line), what);
            }
        }
    }

    @Test
    void illFormedUtf8InAnUnusedStringIsLeftToJackson() {
        // Jackson refuses a surrogate where it decodes (info's strings) but not where it skips (unused participant
        // fields); the fast path leaves both to it.
        byte[] surrogate = {(byte) 0xed, (byte) 0xa0, (byte) 0x80};
        for (String marker : new String[] {"\"gameMode\":\"", "\"championName\":\""}) {
            byte[] line = insertAfter(marker, surrogate);

            assertNull(scanner.read(line, 0, line.length), "a surrogate after " + marker);
            assertSameAsJackson("a surrogate after " + marker, line);
        }
    }

    @Test
    void anEscapedLoneSurrogateInAnUnusedNameIsLeftToJacksonWhichRejectsIt() {
        // Jackson decodes every name and refuses a lone surrogate there (in a value it keeps one).
        byte[] line = insertAfter("\"challenges\":{\"", "\\ud800".getBytes(StandardCharsets.US_ASCII));

        assertNull(scanner.read(line, 0, line.length));
        assertInstanceOf(JsonProcessingException.class, jacksonOutcome(line));
    }

    @Test
    void aNameLongerThanJacksonAllowsIsLeftToJackson() throws Exception {
        String longName = "\"" + "n".repeat(60_000) + "\":1,";
        String inAnUnusedObject = "\"unused\":{" + longName + "\"y\":2},";
        for (String before : new String[] {"\"matchId\":", "\"gameMode\":", "\"totalDamageDealt\":", "\"style\":"}) {
            for (String inserted : new String[] {longName, inAnUnusedObject}) {
                byte[] line = text.replaceFirst(before, inserted + before).getBytes(StandardCharsets.UTF_8);
                String what = "before " + before + (inserted == longName ? "" : " in an unused object");

                assertNull(scanner.read(line, 0, line.length), what);
                assertInstanceOf(JsonProcessingException.class, jacksonOutcome(line), what);
            }
        }
    }

    private void assertSameAsJackson(String what, byte[] line) {
        ParsedMatch fast = scanner.read(line, 0, line.length);
        if (fast != null) {
            assertEquals(jacksonOutcome(line), fast, what);
        }
    }

    /** What the Jackson path gives for the line: a ParsedMatch, another ParsedRecord, or the exception thrown. */
    private Object jacksonOutcome(byte[] line) {
        try (JsonParser parser = TestData.MAPPER.getFactory().createParser(line, 0, line.length)) {
            parser.nextToken();
            ParsedRecord parsed = jacksonPath.parse(trees.read(parser), "test", "line 1");
            return parsed instanceof ParsedRecord.Match read ? read.match() : parsed;
        } catch (Exception e) {
            return e;
        }
    }

    private byte[] insertAfter(String marker, byte[] inserted) {
        int at = text.indexOf(marker) + marker.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(match, 0, at);
        out.writeBytes(inserted);
        out.write(match, at, match.length - at);
        return out.toByteArray();
    }
}
