package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the JSON values of one file, gzip or plain (detected from the content, not the name).
 *
 * <p>Two layouts: newline-delimited (one value per line; a bad line is skipped and reading goes on with the next)
 * and document (a pretty-printed value, several concatenated values, or a top-level array of them). A file is
 * newline-delimited when one of its first ten non-blank lines is a whole JSON object or array by itself
 * (pretty-printed JSON hardly ever has one there); otherwise it is a document, and after a syntax error in a
 * document the rest of the file cannot be re-synchronised and is skipped. Thread-safe (no state between calls).
 */
final class RecordFileReader {
    private static final int BUFFER_BYTES = 1 << 16;

    /**
     * Looking past the first line or two keeps a newline-delimited file that starts with a few bad lines from being
     * read as a document, where the first syntax error would skip every match after it.
     */
    private static final int LINES_TO_TELL_LAYOUT = 10;

    /** How much of one line is kept to tell the layout; a Riot timeline line is 1-2 MB. */
    private static final int LAYOUT_BYTES_LIMIT = 16 << 20;

    /** Room for many match lines (about 15 KB each) between two refills; grows for longer lines. */
    private static final int LINES_BUFFER_BYTES = 1 << 20;

    private final ObjectMapper mapper;
    private final ObjectReader lineReader;
    private final RecordTreeReader treeReader;
    private final MatchParser matchRules;
    private final ItemCatalog items;

    RecordFileReader(ObjectMapper mapper, ItemCatalog items) {
        this.mapper = mapper;
        this.matchRules = new MatchParser(items);
        this.items = items;
        this.lineReader = mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.treeReader = new RecordTreeReader(mapper);
    }

    void read(Path file, RecordSink sink) {
        String source = file.toString();
        try {
            List<String> firstLines = firstNonBlankLines(file, LINES_TO_TELL_LAYOUT);
            if (firstLines.isEmpty()) {
                sink.unreadable(new SkippedRecord(source, "whole file", SkipReason.EMPTY_FILE, "no JSON in the file"));
            } else if (firstLines.stream().anyMatch(this::isWholeObjectOrArray)) {
                readLines(file, source, sink);
            } else {
                readDocument(file, source, sink);
            }
        } catch (IOException e) {
            sink.unreadable(new SkippedRecord(source, "rest of file", SkipReason.UNREADABLE_FILE, unreadableDetail(e)));
        }
    }

    /**
     * Up to {@code count} non-blank lines, split at LF as the line reader splits them; a file that breaks off after some
     * is reported when its records are read. Bytes are split by hand rather than by a Reader, which fills a whole
     * buffer before handing out any line: a short gzip file cut inside its third line lost its first two with it.
     * Only the first {@link #LAYOUT_BYTES_LIMIT} bytes of a line are kept: a longer one cannot tell the layout anyway.
     */
    private List<String> firstNonBlankLines(Path file, int count) throws IOException {
        List<String> lines = new ArrayList<>(count);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream in = openBytes(file)) {
            byte[] chunk = new byte[BUFFER_BYTES];
            for (int read = in.read(chunk); read >= 0 && lines.size() < count; read = in.read(chunk)) {
                for (int index = 0; index < read && lines.size() < count; index++) {
                    if (chunk[index] == '\n') {
                        addUnlessBlank(lines, line);
                    } else if (line.size() < LAYOUT_BYTES_LIMIT) {
                        line.write(chunk[index]);
                    }
                }
            }
            if (lines.size() < count) {
                addUnlessBlank(lines, line);
            }
        } catch (IOException e) {
            if (lines.isEmpty()) {
                throw e;
            }
        }
        return lines;
    }

    private static void addUnlessBlank(List<String> lines, ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            lines.add(text);
        }
        line.reset();
    }

    /** Records are objects (or arrays of them); a lone string or number is also a pretty-printed array's last line. */
    private boolean isWholeObjectOrArray(String line) {
        try {
            return lineReader.<JsonNode>readValue(line).isContainerNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * Reads every line by itself: an ordinary match through the {@link MatchLineScanner}, an ordinary timeline through
     * the {@link TimelineLineScanner}, anything else (bad lines, odd ones) through Jackson, so one bad line costs only
     * itself. Lines are read where they lie in the read buffer;
     * the buffer grows to hold the longest line.
     */
    private void readLines(Path file, String source, RecordSink sink) throws IOException {
        LineScanners scanners = new LineScanners(new MatchLineScanner(matchRules), new TimelineLineScanner());
        try (InputStream in = openBytes(file)) {
            byte[] buffer = new byte[LINES_BUFFER_BYTES];
            int filled = 0;
            long lineNumber = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer, filled, buffer.length - filled)) {
                int searchFrom = filled;
                filled += read;
                int lineStart = 0;
                for (int newline = SwarBytes.next(buffer, searchFrom, filled);
                        newline >= 0;
                        newline = SwarBytes.next(buffer, lineStart, filled)) {
                    readLine(buffer, lineStart, newline - lineStart, source, ++lineNumber, sink, scanners);
                    lineStart = newline + 1;
                }
                System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
                filled -= lineStart;
                if (filled == buffer.length) {
                    // Known shortcoming: nothing caps this growth, so one line larger than the heap stops the whole
                    // run (ParallelFileReader reports it) instead of being skipped alone.
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
            readLine(buffer, 0, filled, source, ++lineNumber, sink, scanners);
        }
    }

    private void readLine(
            byte[] bytes,
            int offset,
            int lengthWithLineEnd,
            String source,
            long lineNumber,
            RecordSink sink,
            LineScanners scanners)
            throws IOException {
        // A CRLF line end leaves its CR on the line; without it a line cut inside a string reads as truncated, as it
        // does with LF ends, instead of as a string holding a control character.
        boolean carriageReturn = lengthWithLineEnd > 0 && bytes[offset + lengthWithLineEnd - 1] == '\r';
        int length = carriageReturn ? lengthWithLineEnd - 1 : lengthWithLineEnd;
        if (isBlank(bytes, offset, length)) {
            return;
        }
        String position = "line " + lineNumber;
        ParsedMatch match = scanners.matches().read(bytes, offset, length);
        if (match != null) {
            sink.match(match, source, position);
            return;
        }
        TimelineLineScanner.ScannedTimeline timeline = scanners.timelines().read(bytes, offset, length);
        if (timeline != null) {
            sink.timeline(timeline.matchId(), timeline.frames().facts(items), source, position);
            return;
        }
        try (JsonParser parser = mapper.getFactory().createParser(bytes, offset, length)) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                readArrayElements(parser, source, position, sink);
            } else {
                ReadRecord record = treeReader.read(parser);
                if (parser.nextToken() != null) {
                    sink.unreadable(new SkippedRecord(
                            source, position, SkipReason.NOT_JSON, "more content follows the value on the line"));
                    return;
                }
                sink.record(record, source, position);
            }
        } catch (JsonProcessingException e) {
            sink.unreadable(syntaxError(source, position, e));
        }
    }

    /**
     * A whole array on one line (a minified array of matches) holds one record per element, as a document's top-level
     * array does; elements before a syntax error are kept.
     */
    private void readArrayElements(JsonParser parser, String source, String position, RecordSink sink)
            throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            sink.record(treeReader.read(parser), source, position);
        }
        if (parser.nextToken() != null) {
            sink.unreadable(new SkippedRecord(
                    source, position, SkipReason.NOT_JSON, "more content follows the array on the line"));
        }
    }

    /** One reading thread's fast paths. */
    private record LineScanners(MatchLineScanner matches, TimelineLineScanner timelines) {}

    private static boolean isBlank(byte[] bytes, int offset, int length) {
        for (int index = offset; index < offset + length; index++) {
            byte character = bytes[index];
            if (character != ' ' && character != '\t' && character != '\r') {
                return false;
            }
        }
        return true;
    }

    private void readDocument(Path file, String source, RecordSink sink) throws IOException {
        try (InputStream in = openBytes(file);
                JsonParser parser = mapper.getFactory().createParser(in)) {
            try {
                readValues(parser, source, sink);
            } catch (JsonProcessingException e) {
                String position = "line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
                sink.unreadable(syntaxError(source, position + " (rest of file skipped)", e));
            }
        }
    }

    private void readValues(JsonParser parser, String source, RecordSink sink) throws IOException {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.START_ARRAY) {
                for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    readValue(parser, source, sink);
                }
            } else {
                readValue(parser, source, sink);
            }
        }
    }

    private void readValue(JsonParser parser, String source, RecordSink sink) throws IOException {
        String position = "line " + parser.currentTokenLocation().getLineNr();
        sink.record(treeReader.read(parser), source, position);
    }

    /** A truncated or corrupt gzip file fails part way: what came before it is kept, so say so and how to recover. */
    private static String unreadableDetail(IOException e) {
        return e.getMessage() + " (" + e.getClass().getSimpleName() + "): records read before this point were kept;"
                + " replace the file with a complete copy and ingest it again (its matches already stored count once)";
    }

    private static SkippedRecord syntaxError(String source, String position, JsonProcessingException e) {
        SkipReason reason = e instanceof JsonEOFException ? SkipReason.TRUNCATED_JSON : SkipReason.NOT_JSON;
        return new SkippedRecord(source, position, reason, e.getOriginalMessage());
    }

    /** The file's content bytes, gunzipped when the file starts with the gzip magic number. */
    static InputStream openBytes(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, BUFFER_BYTES) : in;
    }
}
