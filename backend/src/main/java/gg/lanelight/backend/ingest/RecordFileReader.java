package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the JSON values of one file, gzip or plain (detected from the content, not the name).
 *
 * <p>Two layouts: newline-delimited (one value per line; a bad line is skipped and reading goes on with the next)
 * and document (a pretty-printed value, several concatenated values, or a top-level array of them). A file is
 * newline-delimited when one of its first two non-blank lines is a whole JSON value by itself (pretty-printed JSON
 * never has one there); otherwise it is a document, and after a syntax error in a document the rest of the file
 * cannot be re-synchronised and is skipped. Thread-safe (no state between calls).
 */
final class RecordFileReader {
    private static final int BUFFER_BYTES = 1 << 16;

    private final ObjectMapper mapper;
    private final ObjectReader lineReader;

    RecordFileReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.lineReader = mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    void read(Path file, RecordSink sink) throws SQLException {
        String source = file.toString();
        try {
            List<String> firstLines = firstNonBlankLines(file, 2);
            if (firstLines.isEmpty()) {
                sink.unreadable(new SkippedRecord(source, "whole file", SkipReason.EMPTY_FILE, "no JSON in the file"));
            } else if (firstLines.stream().anyMatch(this::isWholeValue)) {
                readLines(file, source, sink);
            } else {
                readDocument(file, source, sink);
            }
        } catch (IOException e) {
            sink.unreadable(new SkippedRecord(source, "whole file", SkipReason.UNREADABLE_FILE, e.toString()));
        }
    }

    private List<String> firstNonBlankLines(Path file, int count) throws IOException {
        List<String> lines = new ArrayList<>(count);
        try (BufferedReader reader = open(file)) {
            for (String line = reader.readLine(); line != null && lines.size() < count; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private boolean isWholeValue(String line) {
        try {
            lineReader.readValue(line);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private void readLines(Path file, String source, RecordSink sink) throws IOException, SQLException {
        try (BufferedReader reader = open(file)) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    readLine(line, source, "line " + lineNumber, sink);
                }
            }
        }
    }

    private void readLine(String line, String source, String position, RecordSink sink) throws SQLException {
        JsonNode record;
        try {
            record = lineReader.readValue(line);
        } catch (JsonProcessingException e) {
            sink.unreadable(syntaxError(source, position, e));
            return;
        }
        sink.record(record, source, position);
    }

    private void readDocument(Path file, String source, RecordSink sink) throws IOException, SQLException {
        try (BufferedReader reader = open(file);
                JsonParser parser = mapper.createParser(reader)) {
            try {
                readValues(parser, source, sink);
            } catch (JsonProcessingException e) {
                String position = "line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
                sink.unreadable(syntaxError(source, position + " (rest of file skipped)", e));
            }
        }
    }

    private void readValues(JsonParser parser, String source, RecordSink sink) throws IOException, SQLException {
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

    private void readValue(JsonParser parser, String source, RecordSink sink) throws IOException, SQLException {
        String position = "line " + parser.currentTokenLocation().getLineNr();
        JsonNode record = mapper.readTree(parser);
        sink.record(record, source, position);
    }

    private static SkippedRecord syntaxError(String source, String position, JsonProcessingException e) {
        SkipReason reason = e instanceof JsonEOFException ? SkipReason.TRUNCATED_JSON : SkipReason.NOT_JSON;
        return new SkippedRecord(source, position, reason, e.getOriginalMessage());
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        InputStream content = gzip ? new GZIPInputStream(in, BUFFER_BYTES) : in;
        return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), BUFFER_BYTES);
    }
}
