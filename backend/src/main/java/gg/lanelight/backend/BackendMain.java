package gg.lanelight.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.CommandLine.UsageException;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.demo.DemoData;
import gg.lanelight.backend.demo.DemoIdentities;
import gg.lanelight.backend.generate.DatasetWriter;
import gg.lanelight.backend.generate.FeaturedPlayer;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.generate.MatchGenerator;
import gg.lanelight.backend.ingest.IngestReport;
import gg.lanelight.backend.ingest.SkippedRecord;
import gg.lanelight.backend.serve.StatsServer;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotBuild;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stats backend's command line: {@code generate}, {@code snapshot}, {@code serve} and {@code demo}. Logs and
 * progress go to stderr; stdout carries only the {@code BACKEND READY <url>} line that launchers wait for.
 */
public final class BackendMain {
    private static final Logger LOG = LoggerFactory.getLogger(BackendMain.class);
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "generate", Set.of("matches", "seed", "out", "timeline-share", "featured-puuids"),
            "snapshot", Set.of("input", "out", "keep"),
            "serve", Set.of("snapshots", "port", "host"),
            "demo", Set.of("port", "host", "matches", "data-dir", "featured-puuids", "seed"));
    private static final String USAGE = String.join(
            "\n",
            "Usage: BackendMain <command> [--option=value …]",
            "  generate --matches=N --seed=S --out=DIR [--timeline-share=0.2] [--featured-puuids=a,b,…]",
            "  snapshot --input=PATH[,PATH…] --out=SNAPSHOTS_DIR [--keep=3]",
            "  serve --snapshots=DIR [--port=0] [--host=127.0.0.1]",
            "  demo [--port=0] [--host=127.0.0.1] [--matches=50000] [--data-dir=DIR] [--featured-puuids=…] [--seed=S]");
    static final long DEMO_SEED = 14_7L;
    private static final int MAX_MATCHES = 10_000_000;

    private BackendMain() {}

    public static void main(String[] args) {
        try {
            run(CommandLine.parse(args, OPTIONS));
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (Exception e) {
            LOG.debug("Command failed", e);
            System.err.println("lanelight backend: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(CommandLine command) throws Exception {
        switch (command.command()) {
            case "generate" -> generate(command);
            case "snapshot" -> snapshot(command);
            case "serve" -> serve(new SnapshotStore(Path.of(command.required("snapshots"))), command);
            case "demo" -> demo(command);
            default -> throw new UsageException("Unknown command " + command.command());
        }
    }

    private static void generate(CommandLine command) throws Exception {
        if (!command.has("matches") || !command.has("seed")) {
            throw new UsageException("'generate' needs --matches=N and --seed=S");
        }
        GeneratorOptions options = new GeneratorOptions(
                command.number("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) command.number("matches", -1, 1, MAX_MATCHES),
                command.fraction("timeline-share", 0.2),
                command.list("featured-puuids").stream().map(FeaturedPlayer::of).toList());
        Path out = Path.of(command.required("out"));
        List<Path> files = new DatasetWriter(MatchGenerator.bundled(options), new ObjectMapper())
                .write(out, Runtime.getRuntime().availableProcessors());
        LOG.info("Wrote {} matches in {} files to {}", options.matches(), files.size(), out);
    }

    private static void snapshot(CommandLine command) throws Exception {
        List<Path> inputs = command.list("input").stream().map(Path::of).toList();
        if (inputs.isEmpty()) {
            throw new UsageException("'snapshot' needs --input=PATH[,PATH…]");
        }
        SnapshotStore store = new SnapshotStore(Path.of(command.required("out")));
        try (SnapshotBuild build = SnapshotBuild.start(ItemCatalog.bundled(), new ObjectMapper())) {
            build.ingester().ingestPaths(inputs);
            logSkips(build.ingester().report());
            Manifest manifest = build.publish(store, (int) command.number("keep", 3, 1, 1000), Clock.systemUTC());
            System.err.println("Published snapshot " + manifest.snapshotId() + " to " + store.directory());
        }
    }

    private static void logSkips(IngestReport report) {
        List<SkippedRecord> examples = report.examples();
        for (SkippedRecord skip : examples.subList(0, Math.min(20, examples.size()))) {
            LOG.warn("Skipped {}", skip);
        }
        if (report.skipped() > 0) {
            LOG.warn("Skipped {} records in all, by reason: {}", report.skipped(), report.skipsByReason());
        }
    }

    private static void demo(CommandLine command) throws Exception {
        List<String> puuids = command.list("featured-puuids");
        List<FeaturedPlayer> featured = puuids.isEmpty()
                ? DemoIdentities.lobby()
                : puuids.stream().map(FeaturedPlayer::of).toList();
        GeneratorOptions options = new GeneratorOptions(
                command.number("seed", DEMO_SEED, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) command.number("matches", 50_000, 1, MAX_MATCHES),
                0.2,
                featured);
        Path dataDir = command.has("data-dir") ? Path.of(command.required("data-dir")) : DemoData.defaultDataDir();
        long started = System.nanoTime();
        SnapshotStore store = new DemoData(options, dataDir, System.err).prepare();
        System.err.printf("Demo data ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        serve(store, command);
    }

    private static void serve(SnapshotStore store, CommandLine command) throws Exception {
        String host = command.text("host", "127.0.0.1");
        StatsServer server = StatsServer.start(store, host, (int) command.number("port", 0, 0, 65_535));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "backend-shutdown"));
        System.out.println("BACKEND READY " + server.baseUri());
        System.out.flush();
        stopped.await();
    }
}
