package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.generate.MatchGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path reads exactly what the Jackson path reads from every ordinary match, and hands every other line back
 * (null) so that Jackson names the reason.
 */
class MatchLineScannerTest {
    private static final ItemCatalog ITEMS = ItemCatalog.bundled();

    private final MatchLineScanner scanner = new MatchLineScanner(new MatchParser(ITEMS));
    private final RecordParser jacksonPath = new RecordParser(ITEMS);

    @TempDir
    Path folder;

    @Test
    void theRecordedMatchReadsTheSameOnBothPaths() throws Exception {
        String line = TestData.MAPPER.writeValueAsString(TestData.fixtureMatch());

        ParsedMatch fast = fast(line);

        assertNotNull(fast, "the recorded match is an ordinary match");
        assertEquals(jackson(line), fast);
        assertEquals(10, fast.participants().size());
    }

    @Test
    void generatedMatchesOfEveryQueueReadTheSameOnBothPaths() throws Exception {
        MatchGenerator generator = MatchGenerator.bundled(new GeneratorOptions(7, 400, 0, List.of()));
        for (int index = 0; index < 400; index++) {
            String line =
                    TestData.MAPPER.writeValueAsString(generator.match(index).match());
            ParsedMatch fast = fast(line);
            assertNotNull(fast, "match " + index);
            assertEquals(jackson(line), fast, "match " + index);
        }
    }

    @Test
    void spacingAndEmptyContainersDoNotMatter() throws Exception {
        ObjectNode match = (ObjectNode) TestData.fixtureMatch();
        ((ObjectNode) match.path("info")).putArray("teams");
        String pretty = TestData.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(match);
        String oneLine = pretty.replace('\n', ' ');

        assertEquals(jackson(oneLine), fast(oneLine));
        assertEquals(List.of(), fast(oneLine).bannedChampionIds());
    }

    @Test
    void everyUnusualLineIsHandedBackToJackson() throws Exception {
        String match = TestData.MAPPER.writeValueAsString(TestData.fixtureMatch());
        String someUnusedField = "\"totalDamageDealt\":";
        Map<String, String> unusual = Map.ofEntries(
                Map.entry("a timeline", TestData.MAPPER.writeValueAsString(TestData.fixtureTimeline())),
                Map.entry("truncated", match.substring(0, match.length() / 2)),
                Map.entry("content after the value", match + " {}"),
                Map.entry("a letter inside an unused number", match.replaceFirst(someUnusedField + "(\\d+)", "$0x")),
                Map.entry("a leading zero in an unused number", match.replace(someUnusedField, someUnusedField + "0")),
                Map.entry(
                        "a bare word as an unused value",
                        match.replaceFirst(someUnusedField + "\\d+", "$0 , \"x\":tru")),
                Map.entry("kills as text", match.replaceFirst("\"kills\":(\\d+)", "\"kills\":\"$1\"")),
                Map.entry("kills as a fraction", match.replaceFirst("\"kills\":(\\d+)", "\"kills\":$1.5")),
                Map.entry("kills missing", match.replaceFirst("\"kills\":\\d+,", "")),
                Map.entry("an escape in the match id", match.replaceFirst("\"matchId\":\"", "\"matchId\":\"\\\\u0041")),
                Map.entry(
                        "a raw control character in a string",
                        match.replaceFirst("\"matchId\":\"", "\"matchId\":\"\t")),
                Map.entry("an unknown escape in an unused string", match.replaceFirst("\"gameMode\":\"", "$0\\\\q")),
                Map.entry("no info", match.replaceFirst("\"info\":", "\"information\":")),
                Map.entry(
                        "deep nesting",
                        match.replaceFirst("\\{", "{\"deep\":" + "[".repeat(600) + "]".repeat(600) + ",")),
                Map.entry("not an object", "[1, 2]"));

        unusual.forEach((what, line) -> assertNull(fast(line), what));
    }

    @Test
    void invalidUtf8InAnUnusedStringIsHandedBackToJackson() throws Exception {
        byte[] line = TestData.MAPPER.writeValueAsBytes(TestData.fixtureMatch());
        String text = new String(line, StandardCharsets.ISO_8859_1);
        int gameMode = text.indexOf("\"gameMode\":\"") + "\"gameMode\":\"".length();
        line[gameMode] = (byte) 0xc3; // a two-byte lead followed by an ASCII letter

        assertNull(scanner.read(line, 0, line.length));
    }

    @Test
    void aLineWithJunkInAnUnusedFieldIsStillSkippedAsNotJson() throws Exception {
        String match = TestData.MAPPER.writeValueAsString(TestData.fixtureMatch());
        String junk = match.replaceFirst("\"totalDamageDealt\":(\\d+)", "\"totalDamageDealt\":$1x");
        Files.writeString(folder.resolve("matches.json"), junk + "\n" + match + "\n", StandardCharsets.UTF_8);

        try (StagingDatabase staging = StagingDatabase.create(folder.resolve("store.duckdb"))) {
            MatchIngester ingester = new MatchIngester(staging, ITEMS, TestData.MAPPER);
            ingester.ingestPaths(List.of(folder.resolve("matches.json")));

            assertEquals(Map.of("not-json", 1L), ingester.report().skipsByReason());
            assertEquals(1, ingester.report().matches());
        }
    }

    private ParsedMatch fast(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return scanner.read(bytes, 0, bytes.length);
    }

    private ParsedMatch jackson(String line) throws Exception {
        JsonNode tree = TestData.MAPPER.readTree(line);
        ParsedRecord parsed = jacksonPath.parse(new ReadRecord(tree, null), "test", "line 1");
        return ((ParsedRecord.Match) parsed).match();
    }
}
