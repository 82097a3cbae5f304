package gg.lanelight.backend.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and parses files on several worker threads and hands the records, in batches, through a bounded queue to the
 * one thread that writes them. Memory stays bounded by the queue: workers wait while the writer is behind. Records of
 * one file arrive in file order; files are interleaved. One instance reads one list of files, once.
 */
final class ParallelFileReader implements AutoCloseable {
    private static final int BATCH_RECORDS = 256;
    /**
     * Deep enough that parsing goes on while the writer waits on the disk (a commit's sync, a checkpoint): with 4 the
     * parsers stood still through each wait. About 4,000 parsed records (a few MB) per worker.
     */
    private static final int BATCHES_PER_WORKER = 16;

    private static final long WRITER_STALL_LIMIT_MINUTES = 30;

    private final RecordFileReader fileReader;
    private final RecordParser parser;
    private final ConcurrentLinkedQueue<Path> pending;
    private final BlockingQueue<List<ParsedRecord>> batches;
    private final List<Thread> workers = new ArrayList<>();

    ParallelFileReader(RecordFileReader fileReader, RecordParser parser, List<Path> files, int threads) {
        this.fileReader = fileReader;
        this.parser = parser;
        this.pending = new ConcurrentLinkedQueue<>(files);
        this.batches = new ArrayBlockingQueue<>(Math.max(1, threads) * BATCHES_PER_WORKER);
        for (int index = 0; index < Math.max(1, threads); index++) {
            Thread worker = new Thread(this::work, "ingest-parser-" + index);
            worker.setDaemon(true);
            workers.add(worker);
        }
    }

    void start() {
        workers.forEach(Thread::start);
    }

    /** The next batch; each file ends with a {@link ParsedRecord.FileDone}. */
    List<ParsedRecord> next() throws InterruptedException {
        return batches.take();
    }

    private void work() {
        for (Path file = pending.poll(); file != null; file = pending.poll()) {
            try {
                readFile(file);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                handOver(List.of(new ParsedRecord.Failure(e)));
                return;
            } catch (OutOfMemoryError e) {
                // The line buffer (or Jackson's tree) that did not fit is garbage now; without this hand-over the
                // writer would wait for this file forever.
                handOver(List.of(new ParsedRecord.Failure(new IllegalStateException(
                        "Reading " + file
                                + " needed more memory than the Java heap has (a line or document too large to hold):"
                                + " raise -Xmx on the java command or split the file, then ingest again",
                        e))));
                return;
            }
        }
    }

    private void readFile(Path file) throws Exception {
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        BatchingSink sink = new BatchingSink();
        fileReader.read(file, sink);
        sink.batch.add(new ParsedRecord.FileDone(file, size, modified, sink.records));
        putBatch(sink.batch);
    }

    private void putBatch(List<ParsedRecord> batch) throws InterruptedException {
        if (!batches.offer(batch, WRITER_STALL_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            throw new IllegalStateException(
                    "The ingest writer took no records for " + WRITER_STALL_LIMIT_MINUTES + " minutes; giving up");
        }
    }

    private void handOver(List<ParsedRecord> batch) {
        try {
            putBatch(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        workers.forEach(Thread::interrupt);
    }

    /** Collects one file's records into batches and hands each full batch over. */
    private final class BatchingSink implements RecordSink {
        private List<ParsedRecord> batch = new ArrayList<>(BATCH_RECORDS + 1);
        private long records;

        @Override
        public void record(ReadRecord record, String source, String position) {
            records++;
            add(parser.parse(record, source, position));
        }

        @Override
        public void match(ParsedMatch match, String source, String position) {
            records++;
            add(new ParsedRecord.Match(match, source, position));
        }

        @Override
        public void timeline(String matchId, Map<Integer, TimelineFacts> facts, String source, String position) {
            records++;
            add(new ParsedRecord.Timeline(matchId, facts, source, position));
        }

        @Override
        public void unreadable(SkippedRecord skip) {
            add(new ParsedRecord.Skip(skip));
        }

        private void add(ParsedRecord parsed) {
            batch.add(parsed);
            if (batch.size() >= BATCH_RECORDS) {
                try {
                    putBatch(batch);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Ingest was interrupted", e);
                }
                batch = new ArrayList<>(BATCH_RECORDS + 1);
            }
        }
    }
}
