package gg.lanelight.app.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the app did to {@code trace.json} and overlay PNGs in the {@code --snapshots} folder (format in
 * docs/architecture.md). Thread-safe: any thread may record; files are written in order on one background thread, and
 * trace.json is replaced atomically after every entry so it is complete at any moment. When disabled, every call is a
 * no-op.
 */
public final class TraceRecorder implements AutoCloseable {

    public static final String TRACE_FILE = "trace.json";

    /** Entry kinds, as documented in docs/architecture.md. */
    public static final String CLIENT_EVENT = "client-event";

    public static final String OVERLAY_UPDATE = "overlay-update";
    public static final String FAULT = "fault";
    public static final String HISTORY_SAVED = "history-saved";
    public static final String SNAPSHOT = "snapshot";

    private static final Logger LOG = LoggerFactory.getLogger(TraceRecorder.class);

    private final Path folder;
    private final long startNanos;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final List<Map<String, Object>> entries = new ArrayList<>();
    private final ExecutorService writer;

    private TraceRecorder(Path folder, long startNanos) {
        this.folder = folder;
        this.startNanos = startNanos;
        this.writer = folder == null ? null : Executors.newSingleThreadExecutor(TraceRecorder::writerThread);
    }

    /** Records into {@code folder} (created if needed); times count from {@code startNanos} ({@link System#nanoTime}). */
    public static TraceRecorder into(Path folder, long startNanos) throws IOException {
        Files.createDirectories(folder);
        return new TraceRecorder(folder, startNanos);
    }

    /** A recorder that records nothing, for runs without {@code --snapshots}. */
    public static TraceRecorder disabled() {
        return new TraceRecorder(null, System.nanoTime());
    }

    /** True while recording: snapshots are on and the recorder is not closed. */
    public boolean enabled() {
        return folder != null && !writer.isShutdown();
    }

    /** Adds an entry; {@code data} must serialize with Jackson (records, maps, strings). */
    public void record(String kind, String source, Object data) {
        if (!enabled()) {
            return;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("atMillis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        entry.put("kind", kind);
        entry.put("source", source);
        entry.put("data", data);
        try {
            writer.execute(() -> append(entry));
        } catch (RejectedExecutionException e) {
            LOG.debug("Trace closed, entry {} from {} not written", kind, source);
        }
    }

    /** Writes {@code image} as {@code <overlay>-<phase>.png}, replacing an earlier one, then records a snapshot entry. */
    public void snapshot(String overlay, String phase, BufferedImage image) {
        if (!enabled()) {
            return;
        }
        String file = overlay + "-" + safe(phase) + ".png";
        try {
            writer.execute(() -> writePng(file, image));
        } catch (RejectedExecutionException e) {
            LOG.debug("Trace closed, snapshot {} not written", file);
            return;
        }
        record(SNAPSHOT, overlay, Map.of("file", file, "overlay", overlay, "phase", phase));
    }

    /** Waits (at most 5 s) until every recorded entry is on disk. */
    @Override
    public void close() {
        if (folder == null) {
            return;
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("trace.json may miss its last entries: writing took longer than 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread writerThread(Runnable task) {
        Thread thread = new Thread(task, "lanelight-trace");
        thread.setDaemon(true);
        return thread;
    }

    /** Phases come from the client; keep file names to plain characters whatever it sends. */
    private static String safe(String phase) {
        String cleaned = phase.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "none" : cleaned;
    }

    private void append(Map<String, Object> entry) {
        entries.add(entry);
        writeAtomically(TRACE_FILE, temporary -> json.writeValue(temporary.toFile(), entries));
    }

    private void writePng(String file, BufferedImage image) {
        writeAtomically(file, temporary -> {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** Writes beside the target and then renames, so a reader never sees a half-written file. */
    private void writeAtomically(String file, FileWriting writing) {
        try {
            Path temporary = folder.resolve(file + ".tmp");
            writing.writeTo(temporary);
            Files.move(
                    temporary,
                    folder.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write {} in {}: {}", file, folder, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface FileWriting {
        void writeTo(Path file) throws IOException;
    }
}
