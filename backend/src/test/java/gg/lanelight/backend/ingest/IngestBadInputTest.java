package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each class of bad input is skipped (or handled) with a reason, file and position, and the run goes on. */
class IngestBadInputTest {
    @TempDir
    Path folder;

    @TempDir
    Path work;

    private Connection connection;
    private StagingDatabase staging;

    private ObjectNode match;
    private String compactMatch;

    @BeforeEach
    void readFixture() throws Exception {
        match = (ObjectNode) TestData.fixtureMatch();
        compactMatch = TestData.MAPPER.writeValueAsString(match);
    }

    @Test
    void badRecordsAreSkippedWithReasonAndPositionAndTheRestIsKept() throws Exception {
        ObjectNode wrongType = withMatchId("KR_2");
        participant(wrongType, 0).put("kills", "ten");
        ObjectNode missingInfo = withMatchId("KR_3");
        missingInfo.remove("info");
        write(
                "lines.json",
                String.join(
                        "\n",
                        compactMatch,
                        compactMatch.substring(0, compactMatch.length() / 2),
                        "this is not JSON",
                        TestData.MAPPER.writeValueAsString(wrongType),
                        TestData.MAPPER.writeValueAsString(missingInfo),
                        compactMatch,
                        "42"));
        write("empty.json", "");
        write(
                "pretty.json",
                TestData.MAPPER
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(withMatchId("KR_4"))
                        .substring(0, 4000));

        IngestReport report = ingest(folder).report();

        assertEquals(
                Map.of(
                        "empty-file",
                        1L,
                        "truncated-json",
                        2L,
                        "not-json",
                        1L,
                        "missing-info",
                        1L,
                        "wrong-type",
                        1L,
                        "duplicate-match",
                        1L,
                        "not-an-object",
                        1L),
                report.skipsByReason());
        assertEquals(1, report.matches());
        SkippedRecord wrongTypeSkip = report.examples().stream()
                .filter(skip -> skip.reason() == SkipReason.WRONG_TYPE)
                .findFirst()
                .orElseThrow();
        assertTrue(wrongTypeSkip.source().endsWith("lines.json"), wrongTypeSkip.toString());
        assertEquals("line 4", wrongTypeSkip.position());
        assertTrue(wrongTypeSkip.detail().contains("info.participants[0].kills"), wrongTypeSkip.toString());
    }

    @Test
    void aPrettyPrintedArrayOfMatchesIsReadWhole() throws Exception {
        String array = TestData.MAPPER
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(List.of(withMatchId("KR_7"), withMatchId("KR_8")));
        write("array.json", array);

        assertEquals(2, ingest(folder).report().matches());
    }

    @Test
    void aFolderGivenAsASymbolicLinkIsWalkedWhereItPoints() throws Exception {
        write("matches.ndjson", compactMatch + "\n" + TestData.MAPPER.writeValueAsString(withMatchId("KR_9")) + "\n");
        Path link = work.resolve("linked-matches");
        Files.createSymbolicLink(link, folder);

        IngestReport report = ingest(link).report();

        assertEquals(2, report.matches());
        assertEquals(1, report.files());
    }

    @Test
    void aFileNamedTwiceOrThroughALinkIsReadOnce() throws Exception {
        write("matches.ndjson", compactMatch + "\n" + TestData.MAPPER.writeValueAsString(withMatchId("KR_10")) + "\n");
        Path link = work.resolve("linked-matches");
        Files.createSymbolicLink(link, folder);

        IngestReport report = ingest(List.of(folder, link.resolve("matches.ndjson"), folder.resolve("matches.ndjson")))
                .report();

        assertEquals(2, report.matches());
        assertEquals(1, report.files());
        assertEquals(Map.of(), report.skipsByReason());
    }

    @Test
    void aMinifiedArrayOfMatchesOnOneLineIsReadWhole() throws Exception {
        write("array.json", TestData.MAPPER.writeValueAsString(List.of(withMatchId("KR_7"), withMatchId("KR_8"))));

        IngestReport report = ingest(folder).report();

        assertEquals(2, report.matches());
        assertEquals(Map.of(), report.skipsByReason());
    }

    @Test
    void aNewlineDelimitedFileStartingWithBadLinesKeepsEveryMatchAfterThem() throws Exception {
        String truncated = compactMatch.substring(0, compactMatch.length() / 3);
        write(
                "lines.json",
                String.join(
                        "\n",
                        truncated,
                        "not JSON",
                        truncated,
                        TestData.MAPPER.writeValueAsString(withMatchId("KR_31")),
                        TestData.MAPPER.writeValueAsString(withMatchId("KR_32"))));

        IngestReport report = ingest(folder).report();

        assertEquals(2, report.matches());
        assertEquals(Map.of("truncated-json", 2L, "not-json", 1L), report.skipsByReason());
    }

    @Test
    void aLineCutInsideAStringIsTruncatedWhateverTheLineEnd() throws Exception {
        String cutInAString = compactMatch.substring(0, compactMatch.indexOf("\"puuid\":\"") + 12);
        write(
                "windows.json",
                String.join(
                        "\r\n",
                        cutInAString,
                        TestData.MAPPER.writeValueAsString(withMatchId("KR_41")),
                        cutInAString,
                        ""));

        IngestReport report = ingest(folder).report();

        assertEquals(1, report.matches());
        assertEquals(Map.of("truncated-json", 2L), report.skipsByReason());
    }

    @Test
    void aPrettyPrintedMatchWithAStringAloneOnAnEarlyLineIsStillADocument() throws Exception {
        String info = TestData.MAPPER.writeValueAsString(match.path("info"));
        write(
                "pretty.json",
                String.join(
                        "\n",
                        "{",
                        "  \"metadata\": {",
                        "    \"matchId\": \"KR_41\",",
                        "    \"participants\": [",
                        "      \"p1\",",
                        "      \"p2\"",
                        "    ]",
                        "  },",
                        "  \"info\": " + info,
                        "}"));

        IngestReport report = ingest(folder).report();

        assertEquals(1, report.matches());
        assertEquals(Map.of(), report.skipsByReason());
    }

    @Test
    void numbersOutOfRangeAreWrongTypeAndTheRunGoesOn() throws Exception {
        ObjectNode hugePatch = withMatchId("KR_21");
        ((ObjectNode) hugePatch.path("info")).put("gameVersion", "99999999999.1.2");
        ObjectNode hugeDuration = withMatchId("KR_22");
        ((ObjectNode) hugeDuration.path("info")).put("gameDuration", new java.math.BigInteger("1" + "0".repeat(19)));
        write(
                "lines.json",
                String.join(
                        "\n",
                        TestData.MAPPER.writeValueAsString(hugePatch),
                        TestData.MAPPER.writeValueAsString(hugeDuration),
                        compactMatch));

        IngestReport report = ingest(folder).report();

        assertEquals(1, report.matches());
        assertEquals(Map.of("wrong-type", 2L), report.skipsByReason());
        assertTrue(
                report.examples().get(0).detail().contains("info.gameVersion"),
                report.examples().toString());
        assertTrue(
                report.examples().get(1).detail().contains("info.gameDuration"),
                report.examples().toString());
    }

    @Test
    void aTruncatedGzipKeepsTheMatchesBeforeTheBreakAndSaysWhatToDo() throws Exception {
        Path whole = folder.resolve("whole.json");
        Files.writeString(
                whole, (compactMatch + "\n").repeat(3) + TestData.MAPPER.writeValueAsString(withMatchId("KR_9")));
        gzip(whole);
        byte[] gzipped = Files.readAllBytes(whole);
        Files.write(whole, java.util.Arrays.copyOf(gzipped, gzipped.length - 30));

        IngestReport report = ingest(whole).report();

        assertTrue(report.matches() >= 1, "the match before the break is kept");
        SkippedRecord unreadable = report.examples().stream()
                .filter(skip -> skip.reason() == SkipReason.UNREADABLE_FILE)
                .findFirst()
                .orElseThrow();
        assertTrue(unreadable.detail().contains("were kept"), unreadable.toString());
        assertTrue(unreadable.detail().contains("complete copy"), unreadable.toString());
    }

    @Test
    void aShortTruncatedGzipKeepsEveryCompleteLineBeforeTheBreak() throws Exception {
        // Three generated matches (about 15 KB each): the break falls inside the third, before the reader has filled
        // its first buffer, where a failed first read once lost the two complete lines too.
        var generator = gg.lanelight.backend.generate.MatchGenerator.bundled(
                new gg.lanelight.backend.generate.GeneratorOptions(5, 3, 0, List.of()));
        StringBuilder lines = new StringBuilder();
        for (int index = 0; index < 3; index++) {
            lines.append(TestData.MAPPER.writeValueAsString(
                            generator.match(index).match()))
                    .append('\n');
        }
        Path cut = folder.resolve("cut.json");
        Files.writeString(cut, lines);
        gzip(cut);
        byte[] gzipped = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(gzipped, gzipped.length * 5 / 6));

        IngestReport report = ingest(cut).report();

        assertEquals(2, report.matches(), "the two lines before the break are kept");
        assertEquals(Map.of(SkipReason.UNREADABLE_FILE.code(), 1L), report.skipsByReason());
    }

    @Test
    void aFileWithCarriageReturnLineEndsIsReadWhole() throws Exception {
        write(
                "classic-mac.json",
                TestData.MAPPER.writeValueAsString(withMatchId("KR_41")) + "\r"
                        + TestData.MAPPER.writeValueAsString(withMatchId("KR_42")) + "\r"
                        + TestData.MAPPER.writeValueAsString(withMatchId("KR_43")) + "\r");

        IngestReport report = ingest(folder).report();

        assertEquals(3, report.matches());
        assertEquals(Map.of(), report.skipsByReason());
    }

    @Test
    void remakesAreKeptButCountInNoRate() throws Exception {
        ObjectNode remake = withMatchId("KR_5");
        match.path("info").path("participants").forEach(p -> ((ObjectNode) p).put("gameEndedInEarlySurrender", false));
        remake.path("info").path("participants").forEach(p -> ((ObjectNode) p).put("gameEndedInEarlySurrender", true));
        write("two.json", compactMatch + "\n" + TestData.MAPPER.writeValueAsString(remake));

        MatchIngester ingester = ingest(folder);

        assertEquals(2, ingester.report().matches());
        assertEquals(1, ingester.report().remakes());
        assertEquals(List.of(10L, 5L), aggregate("SELECT SUM(games), SUM(wins) FROM champion_role_stats"));
    }

    @Test
    void durationInMillisecondsIsConvertedWhenGameEndTimestampIsAbsent() throws Exception {
        ObjectNode old = withMatchId("KR_6");
        ObjectNode info = (ObjectNode) old.path("info");
        long seconds = info.path("gameDuration").asLong();
        info.remove("gameEndTimestamp");
        info.put("gameDuration", seconds * 1000 + 321);
        write("old.json.gz", TestData.MAPPER.writeValueAsString(old));
        gzip(folder.resolve("old.json.gz"));

        ingest(folder);

        assertEquals(List.of(seconds), aggregate("SELECT duration_s FROM match_rows"));
    }

    @AfterEach
    void closeStaging() throws Exception {
        staging.close();
    }

    private MatchIngester ingest(Path input) throws Exception {
        return ingest(List.of(input));
    }

    private MatchIngester ingest(List<Path> inputs) throws Exception {
        staging = StagingDatabase.create(work.resolve("staging.duckdb"));
        MatchIngester ingester = new MatchIngester(staging, ItemCatalog.bundled(), TestData.MAPPER);
        ingester.ingestPaths(inputs);
        connection = staging.finishIngest();
        gg.lanelight.backend.aggregate.Aggregator.run(connection, gg.lanelight.backend.snapshot.SnapshotTable.names());
        return ingester;
    }

    private List<Object> aggregate(String sql) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            List<Object> values = new java.util.ArrayList<>();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                values.add(((Number) rows.getObject(column)).longValue());
            }
            return values;
        }
    }

    private ObjectNode withMatchId(String matchId) {
        ObjectNode copy = match.deepCopy();
        ((ObjectNode) copy.path("metadata")).put("matchId", matchId);
        return copy;
    }

    private static ObjectNode participant(ObjectNode root, int index) {
        return (ObjectNode) root.path("info").path("participants").get(index);
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void gzip(Path file) throws Exception {
        byte[] plain = Files.readAllBytes(file);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(plain);
        }
    }
}
