package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads match-v5 matches and timelines from files or from memory into a {@link StagingDatabase}. Every bad record is
 * skipped with its source, position and reason; a matchId seen before (in this run or in the store) counts once, and
 * a file already in the store's ledger (same path, size and modification time) is not read again.
 *
 * <p>Files are parsed on {@code threads} worker threads; this object, its report and the store are used only by the
 * calling thread. Not thread-safe.
 */
public final class MatchIngester {
    private static final Logger LOG = LoggerFactory.getLogger(MatchIngester.class);

    /**
     * Commits happen between files once this many matches were added. Each commit makes DuckDB write and compress
     * again the row groups it left half full, so commits are kept rare: every 20,000 matches cost about 5 s of CPU per
     * million more than every 200,000 (no commit until the end saved nothing further). A run that dies keeps what was
     * committed; its unfinished files are not in the ledger, so a rerun reads them again and their already stored
     * matches count as duplicates, not twice.
     */
    private static final long COMMIT_EVERY_MATCHES = 200_000;

    private final StagingDatabase staging;
    private final RecordParser parser;
    private final RecordFileReader fileReader;
    private final IngestReport report = new IngestReport();
    private final Set<String> matchIds;
    private final Set<String> timelineIds;
    private int threads = 1;
    private long matchesAtLastCommit;
    private IngestProgress progress = IngestProgress.NONE;

    public MatchIngester(StagingDatabase staging, ItemCatalog items, ObjectMapper mapper) throws SQLException {
        this.staging = staging;
        this.parser = new RecordParser(items);
        this.fileReader = new RecordFileReader(mapper, items);
        this.matchIds = staging.storedIds(false);
        this.timelineIds = staging.storedIds(true);
    }

    /** How many threads parse files (at least 1; default 1). */
    public MatchIngester threads(int count) {
        this.threads = Math.max(1, count);
        return this;
    }

    public MatchIngester progress(IngestProgress listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Ingests files and folders (recursively: *.json, *.json.gz, *.ndjson, *.jsonl, each optionally .gz), leaving
     * out files the store's ledger already holds.
     *
     * @throws NoSuchFileException when an input path does not exist, before anything is read
     */
    public void ingestPaths(List<Path> inputs) throws IOException, SQLException, InterruptedException {
        List<Path> files = newFiles(inputs);
        long totalBytes = 0;
        for (Path file : files) {
            totalBytes += Files.size(file);
        }
        long doneBytes = 0;
        long waitingNanos = 0;
        long started = System.nanoTime();
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (ParallelFileReader reader = new ParallelFileReader(fileReader, parser, files, threads)) {
            reader.start();
            for (int remaining = files.size(); remaining > 0; ) {
                long waitStarted = System.nanoTime();
                List<ParsedRecord> batch = reader.next();
                waitingNanos += System.nanoTime() - waitStarted;
                for (ParsedRecord parsed : batch) {
                    if (parsed instanceof ParsedRecord.FileDone done) {
                        remaining--;
                        doneBytes += done.sizeBytes();
                        fileDone(done);
                        progress.fileDone(doneBytes, totalBytes, report);
                    } else {
                        accept(parsed);
                    }
                }
            }
        }
        long totalNanos = System.nanoTime() - started;
        report.writerTimes(
                (totalNanos - waitingNanos) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000,
                waitingNanos / 1_000_000);
        LOG.debug("Ingest writer: {}", report.writerSummary());
    }

    private List<Path> newFiles(List<Path> inputs) throws IOException, SQLException {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "input path does not exist");
            }
        }
        // Each file by its real path: a file named twice, or once through a symbolic link and once not, is one file
        // in a run and in the ledger.
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            for (Path file : filesUnder(input)) {
                Path real = file.toRealPath();
                long modified = Files.getLastModifiedTime(real).toMillis();
                if (staging.alreadyIngested(real.toString(), Files.size(real), modified)) {
                    report.fileAlreadyIngested();
                    LOG.debug("Already ingested, not read again: {}", real);
                } else {
                    files.add(real);
                }
            }
        }
        return List.copyOf(files);
    }

    private void fileDone(ParsedRecord.FileDone done) throws SQLException {
        report.fileOpened();
        report.recordsRead(done.records());
        staging.recordIngestedFile(done.file().toString(), done.sizeBytes(), done.modifiedMillis());
        if (report.matches() - matchesAtLastCommit >= COMMIT_EVERY_MATCHES) {
            staging.commit();
            matchesAtLastCommit = report.matches();
        }
        LOG.debug("Read {}", done.file());
    }

    /** The files that inputs name: files as given, folders walked for JSON files (sorted by path). */
    public static List<Path> inputFiles(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            files.addAll(filesUnder(input));
        }
        return files;
    }

    private static List<Path> filesUnder(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        // A folder given as a symbolic link is walked where it points (the walk itself follows no links).
        try (Stream<Path> walk = Files.walk(input.toRealPath())) {
            return walk.filter(Files::isRegularFile)
                    .filter(MatchIngester::looksLikeJson)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean looksLikeJson(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return plain.endsWith(".json") || plain.endsWith(".ndjson") || plain.endsWith(".jsonl");
    }

    /** Ingests one record that is already a tree (the demo feeds generated matches this way). */
    public void record(JsonNode record, String source, String position) throws SQLException {
        report.recordsRead(1);
        accept(parser.parse(new ReadRecord(record, null), source, position));
    }

    private void unreadable(SkippedRecord skip) {
        LOG.debug("Skipped {}", skip);
        report.skipped(skip);
    }

    private void accept(ParsedRecord parsed) throws SQLException {
        if (parsed instanceof ParsedRecord.Match match) {
            acceptMatch(match);
        } else if (parsed instanceof ParsedRecord.Timeline timeline) {
            acceptTimeline(timeline);
        } else if (parsed instanceof ParsedRecord.Skip skip) {
            unreadable(skip.skip());
        } else if (parsed instanceof ParsedRecord.Failure failure) {
            Exception cause = failure.cause();
            // Our own failures are phrased for the user; anything else is named by its type too.
            String what = cause instanceof IllegalStateException ? cause.getMessage() : cause.toString();
            throw new IllegalStateException("Reading the input failed: " + what, cause);
        }
    }

    private void acceptMatch(ParsedRecord.Match record) throws SQLException {
        ParsedMatch match = record.match();
        if (!matchIds.add(match.matchId())) {
            duplicate(record.source(), record.position(), SkipReason.DUPLICATE_MATCH, match.matchId());
            return;
        }
        staging.append(match);
        report.matchAccepted(match.remake());
    }

    private void acceptTimeline(ParsedRecord.Timeline record) throws SQLException {
        if (!timelineIds.add(record.matchId())) {
            duplicate(record.source(), record.position(), SkipReason.DUPLICATE_TIMELINE, record.matchId());
            return;
        }
        staging.appendTimeline(record.matchId(), record.facts());
        report.timelineAccepted();
    }

    private void duplicate(String source, String position, SkipReason reason, String matchId) {
        unreadable(new SkippedRecord(source, position, reason, matchId + " was already ingested"));
    }

    public IngestReport report() {
        return report;
    }
}
