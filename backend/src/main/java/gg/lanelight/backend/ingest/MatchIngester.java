package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads match-v5 matches and timelines from files or from memory into a {@link StagingDatabase}. Every bad record is
 * skipped with its source, position and reason; a matchId seen before counts once. Not thread-safe.
 *
 * <p>Known limitation: parsing and appending run on one thread, so ingesting a large crawl is bound by one core.
 */
public final class MatchIngester implements RecordSink {
    private static final Logger LOG = LoggerFactory.getLogger(MatchIngester.class);

    private final StagingDatabase staging;
    private final MatchParser matchParser;
    private final TimelineParser timelineParser;
    private final RecordFileReader fileReader;
    private final IngestReport report = new IngestReport();
    private final Set<String> matchIds = new HashSet<>();
    private final Set<String> timelineIds = new HashSet<>();

    public MatchIngester(StagingDatabase staging, ItemCatalog items, ObjectMapper mapper) {
        this.staging = staging;
        this.matchParser = new MatchParser(items);
        this.timelineParser = new TimelineParser(items);
        this.fileReader = new RecordFileReader(mapper);
    }

    /**
     * Ingests files and folders (recursively: *.json, *.json.gz, *.ndjson, *.jsonl, each optionally .gz).
     *
     * @throws NoSuchFileException when an input path does not exist, before anything is read
     */
    public void ingestPaths(List<Path> inputs) throws IOException, SQLException {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "input path does not exist");
            }
        }
        for (Path input : inputs) {
            for (Path file : filesUnder(input)) {
                report.fileOpened();
                LOG.debug("Reading {}", file);
                fileReader.read(file, this);
            }
        }
    }

    private static List<Path> filesUnder(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(MatchIngester::looksLikeJson)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean looksLikeJson(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return plain.endsWith(".json") || plain.endsWith(".ndjson") || plain.endsWith(".jsonl");
    }

    /** Ingests one record that is already a tree (the demo feeds generated matches this way). */
    @Override
    public void record(JsonNode record, String source, String position) throws SQLException {
        report.recordRead();
        try {
            String matchId = matchIdOf(record);
            if (record.path("info").has("frames")) {
                acceptTimeline(matchId, record);
            } else {
                acceptMatch(matchId, record);
            }
        } catch (RejectedRecordException e) {
            unreadable(new SkippedRecord(source, position, e.reason(), e.getMessage()));
        }
    }

    @Override
    public void unreadable(SkippedRecord skip) {
        LOG.debug("Skipped {}", skip);
        report.skipped(skip);
    }

    private static String matchIdOf(JsonNode record) throws RejectedRecordException {
        if (!record.isObject()) {
            throw new RejectedRecordException(SkipReason.NOT_AN_OBJECT, "the value is a " + record.getNodeType());
        }
        JsonNode metadata = JsonFields.requiredObject(record, "metadata", "", SkipReason.MISSING_METADATA);
        String matchId = JsonFields.requiredText(metadata, "matchId", "metadata.");
        if (matchId.isBlank()) {
            throw new RejectedRecordException(SkipReason.MISSING_FIELD, "metadata.matchId is empty");
        }
        return matchId;
    }

    private void acceptMatch(String matchId, JsonNode record) throws RejectedRecordException, SQLException {
        ParsedMatch match = matchParser.parse(matchId, record);
        if (!matchIds.add(matchId)) {
            throw new RejectedRecordException(SkipReason.DUPLICATE_MATCH, matchId + " was already ingested");
        }
        staging.append(match);
        report.matchAccepted(match.remake());
    }

    private void acceptTimeline(String matchId, JsonNode record) throws RejectedRecordException, SQLException {
        Map<Integer, List<Integer>> cores = timelineParser.coreItems(record);
        if (!timelineIds.add(matchId)) {
            throw new RejectedRecordException(SkipReason.DUPLICATE_TIMELINE, matchId + " timeline already ingested");
        }
        for (Map.Entry<Integer, List<Integer>> core : cores.entrySet()) {
            staging.appendTimelineCore(matchId, core.getKey(), core.getValue());
        }
        report.timelineAccepted();
    }

    public IngestReport report() {
        return report;
    }
}
