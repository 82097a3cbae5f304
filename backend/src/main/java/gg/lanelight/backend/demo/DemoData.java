package gg.lanelight.backend.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.generate.FeaturedPlayer;
import gg.lanelight.backend.generate.GeneratedMatch;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.generate.MatchGenerator;
import gg.lanelight.backend.ingest.MatchIngester;
import gg.lanelight.backend.snapshot.SnapshotBuild;
import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's snapshot: generated matches plus the real fixture match, built once per (seed, matches, generator
 * version, featured players) into a cache folder and reused on the next start. Generation runs on its own thread
 * and feeds the ingester directly (no files), so both cores work during a cold start.
 */
public final class DemoData {
    private static final int PROGRESS_EVERY = 10_000;
    private static final GeneratedMatch END = new GeneratedMatch(null, null);

    private final GeneratorOptions options;
    private final Path cacheFolder;
    private final PrintStream progress;

    public DemoData(GeneratorOptions options, Path dataDir, PrintStream progress) {
        this.options = options;
        this.cacheFolder = dataDir.resolve(cacheKey(options));
        this.progress = progress;
    }

    /** The default data folder: $XDG_CACHE_HOME/lanelight/backend-demo, else ~/.cache/lanelight/backend-demo. */
    public static Path defaultDataDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("lanelight").resolve("backend-demo");
    }

    /** The snapshots folder of this configuration, built now unless a snapshot is already cached there. */
    public SnapshotStore prepare() throws IOException, SQLException, InterruptedException {
        SnapshotStore store = new SnapshotStore(cacheFolder.resolve("snapshots"));
        if (store.newest().isPresent()) {
            progress.println("Reusing the cached demo snapshot "
                    + store.newest().get().snapshotId() + " in " + store.directory());
            return store;
        }
        progress.println("Building the demo snapshot (" + options.matches() + " matches) in " + cacheFolder);
        ObjectMapper mapper = new ObjectMapper();
        try (SnapshotBuild build = SnapshotBuild.start(null, ItemCatalog.bundled(), mapper)) {
            feedGenerated(build.ingester());
            build.ingester().ingestPaths(List.of(extractFixture()));
            build.publish(store, 1, Clock.systemUTC());
        }
        return store;
    }

    private void feedGenerated(MatchIngester ingester) throws InterruptedException, SQLException {
        MatchGenerator generator = MatchGenerator.bundled(options);
        BlockingQueue<GeneratedMatch> queue = new ArrayBlockingQueue<>(512);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread producer = new Thread(() -> produce(generator, queue, failure), "demo-generator");
        producer.setDaemon(true);
        producer.start();
        for (int index = 0; ; index++) {
            GeneratedMatch match = queue.poll(60, TimeUnit.SECONDS);
            if (match == null) {
                throw new IllegalStateException("The match generator stopped answering; see the log");
            }
            if (match == END) {
                break;
            }
            ingester.record(match.match(), "generator", "match " + index);
            if (match.timeline() != null) {
                ingester.record(match.timeline(), "generator", "timeline " + index);
            }
            if ((index + 1) % PROGRESS_EVERY == 0) {
                progress.println("  generated and ingested " + (index + 1) + " / " + options.matches() + " matches");
            }
        }
        producer.join(TimeUnit.SECONDS.toMillis(10));
        if (failure.get() != null) {
            throw new IllegalStateException("Generating the demo matches failed: " + failure.get(), failure.get());
        }
    }

    private static void produce(
            MatchGenerator generator, BlockingQueue<GeneratedMatch> queue, AtomicReference<RuntimeException> failure) {
        try {
            try {
                for (int index = 0; index < generator.options().matches(); index++) {
                    queue.put(generator.match(index));
                }
            } catch (RuntimeException e) {
                failure.set(e);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the bundled fixture match and timeline out of the jar so they go through the file ingest path. */
    private Path extractFixture() throws IOException {
        Path folder = cacheFolder.resolve("fixture");
        Files.createDirectories(folder);
        for (String name : List.of(DemoIdentities.FIXTURE_MATCH, DemoIdentities.FIXTURE_TIMELINE)) {
            try (InputStream in = DemoIdentities.resource(name)) {
                Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    static String cacheKey(GeneratorOptions options) {
        StringBuilder identity = new StringBuilder();
        for (FeaturedPlayer player : options.featured()) {
            identity.append(player).append('\n');
        }
        identity.append(options.timelineShare());
        // A snapshot cached before tables were added lacks their files, so a new table set means a new cache folder.
        identity.append('\n').append(SnapshotTable.names());
        return "v" + GeneratorOptions.GENERATOR_VERSION + "-seed" + options.seed() + "-" + options.matches() + "-"
                + sha256(identity.toString()).substring(0, 12);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }
}
