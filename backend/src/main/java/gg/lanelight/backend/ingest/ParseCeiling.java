package gg.lanelight.backend.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The speed limit of ingest: files read (gunzipped) and tokenised by Jackson on the same number of threads, nothing
 * built or stored. Ingest cannot be faster than this, so the benchmark reports ingest as a share of it.
 */
public final class ParseCeiling {
    private ParseCeiling() {}

    /** Tokenises every file on {@code threads} threads; returns the number of JSON tokens seen. */
    public static long tokenise(List<Path> files, int threads) throws IOException, InterruptedException {
        JsonFactory factory = new JsonFactory();
        ConcurrentLinkedQueue<Path> pending = new ConcurrentLinkedQueue<>(files);
        AtomicLong tokens = new AtomicLong();
        AtomicReference<IOException> failure = new AtomicReference<>();
        Thread[] workers = new Thread[Math.max(1, threads)];
        for (int index = 0; index < workers.length; index++) {
            workers[index] = new Thread(() -> tokeniseAll(factory, pending, tokens, failure), "parse-ceiling-" + index);
            workers[index].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return tokens.get();
    }

    private static void tokeniseAll(
            JsonFactory factory,
            ConcurrentLinkedQueue<Path> pending,
            AtomicLong tokens,
            AtomicReference<IOException> failure) {
        try {
            for (Path file = pending.poll(); file != null; file = pending.poll()) {
                tokens.addAndGet(tokenise(factory, file));
            }
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        } catch (UncheckedIOException e) {
            failure.compareAndSet(null, e.getCause());
        }
    }

    private static long tokenise(JsonFactory factory, Path file) throws IOException {
        long count = 0;
        try (InputStream in = RecordFileReader.openBytes(file);
                JsonParser parser = factory.createParser(in)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }
}
