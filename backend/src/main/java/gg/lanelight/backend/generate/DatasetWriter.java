package gg.lanelight.backend.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes generated matches as newline-delimited, gzip-compressed files: {@code matches-NNNNN.json.gz} and
 * {@code timelines-NNNNN.json.gz}, {@value #MATCHES_PER_FILE} matches per file. Files are generated in parallel, yet
 * the bytes depend only on the seed (gzip headers carry no time stamp).
 */
public final class DatasetWriter {
    static final int MATCHES_PER_FILE = 5_000;

    private final MatchGenerator generator;
    private final ObjectMapper mapper;

    public DatasetWriter(MatchGenerator generator, ObjectMapper mapper) {
        this.generator = generator;
        this.mapper = mapper;
    }

    /** Writes every match into {@code folder} (created if needed) and returns the files written. */
    public List<Path> write(Path folder, int threads) throws IOException, InterruptedException {
        return write(folder, threads, matchesDone -> {});
    }

    /**
     * Writes every match into {@code folder} and returns the files written.
     *
     * @param progress told the number of matches written so far after each file; called from the writing threads
     */
    public List<Path> write(Path folder, int threads, LongConsumer progress) throws IOException, InterruptedException {
        AtomicLong written = new AtomicLong();
        Files.createDirectories(folder);
        int matches = generator.options().matches();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Path>>> chunks = new ArrayList<>();
            for (int first = 0; first < matches; first += MATCHES_PER_FILE) {
                int from = first;
                int to = Math.min(matches, first + MATCHES_PER_FILE);
                chunks.add(pool.submit(() -> {
                    List<Path> chunk = writeChunk(folder, from, to);
                    progress.accept(written.addAndGet(to - from));
                    return chunk;
                }));
            }
            List<Path> files = new ArrayList<>();
            for (Future<List<Path>> chunk : chunks) {
                files.addAll(chunk.get());
            }
            return files;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io
                    ? io
                    : new IOException("Generating matches failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Path> writeChunk(Path folder, int from, int to) throws IOException {
        int number = from / MATCHES_PER_FILE;
        Path matchesFile = folder.resolve(String.format("matches-%05d.json.gz", number));
        Path timelinesFile = folder.resolve(String.format("timelines-%05d.json.gz", number));
        boolean anyTimeline = false;
        try (JsonGenerator matchesOut = generatorFor(matchesFile);
                JsonGenerator timelinesOut = generatorFor(timelinesFile)) {
            for (int index = from; index < to; index++) {
                GeneratedMatch match = generator.match(index);
                matchesOut.writeTree(match.match());
                if (match.timeline() != null) {
                    timelinesOut.writeTree(match.timeline());
                    anyTimeline = true;
                }
            }
        }
        if (!anyTimeline) {
            Files.delete(timelinesFile);
            return List.of(matchesFile);
        }
        return List.of(matchesFile, timelinesFile);
    }

    /** A generator that puts each top-level value on its own line. */
    private JsonGenerator generatorFor(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(new FastGzipOutputStream(Files.newOutputStream(file)), 1 << 16);
        JsonGenerator json = mapper.getFactory().createGenerator(out);
        json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
        return json;
    }

    /** Gzip at the fastest level: the files are re-read once and the demo's cold start is bound by compression. */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
