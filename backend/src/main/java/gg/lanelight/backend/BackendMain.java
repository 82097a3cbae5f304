package gg.lanelight.backend;

import gg.lanelight.backend.CommandLine.UsageException;
import gg.lanelight.backend.demo.DemoData;
import gg.lanelight.backend.demo.DemoIdentities;
import gg.lanelight.backend.generate.FeaturedPlayer;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.serve.StatsServer;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stats backend's command line: {@code generate}, {@code ingest}, {@code snapshot}, {@code aggregate},
 * {@code bench-pipeline}, {@code serve} and {@code demo}. Logs and
 * progress go to stderr; stdout carries only the {@code BACKEND READY <url>} line that launchers wait for.
 */
public final class BackendMain {
    private static final Logger LOG = LoggerFactory.getLogger(BackendMain.class);
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "generate", Set.of("matches", "seed", "out", "timeline-share", "featured-puuids", "threads", "progress"),
            "ingest", Set.of(PipelineCommands.INGEST_OPTIONS.split(" ")),
            "snapshot", Set.of(PipelineCommands.SNAPSHOT_OPTIONS.split(" ")),
            "aggregate", Set.of(PipelineCommands.SNAPSHOT_OPTIONS.split(" ")),
            "bench-pipeline",
                    Set.of("matches", "seed", "timeline-share", "work", "threads", "duckdb-memory", "progress"),
            "serve", Set.of("snapshots", "port", "host"),
            "demo", Set.of("port", "host", "matches", "data-dir", "featured-puuids", "seed"));
    private static final String USAGE = String.join(
            "\n",
            "Usage: BackendMain <command> [--option=value …]",
            "  generate --matches=N --seed=S --out=DIR [--timeline-share=0.2] [--featured-puuids=a,b,…] [--threads=N]",
            "  ingest --input=PATH[,PATH…] --store=FILE [--threads=N] [--duckdb-memory=2GB]",
            "  snapshot --input=PATH[,PATH…] --out=SNAPSHOTS_DIR [--store=FILE] [--ranks=FILE] [--keep=3] [--threads=N]",
            "           [--duckdb-memory=2GB]   (with --store, --input is optional and only new files are read)",
            "  aggregate --store=FILE --out=SNAPSHOTS_DIR [--ranks=FILE] [--keep=3] [--duckdb-memory=2GB]",
            "  bench-pipeline [--matches=1000000] [--work=DIR] [--threads=N] [--timeline-share=0.2] [--seed=1]",
            "  every batch command: [--progress=auto|on|off] (a bar on stderr; auto = when on a terminal)",
            "  serve --snapshots=DIR [--port=0] [--host=127.0.0.1]",
            "  demo [--port=0] [--host=127.0.0.1] [--matches=50000] [--data-dir=DIR] [--featured-puuids=…] [--seed=S]");
    static final long DEMO_SEED = 14_7L;

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
            case "generate" -> PipelineCommands.generate(command);
            case "ingest" -> PipelineCommands.ingest(command);
            case "snapshot" -> PipelineCommands.snapshot(command);
            case "aggregate" -> aggregate(command);
            case "bench-pipeline" -> new PipelineBenchmark(command).run();
            case "serve" -> serve(new SnapshotStore(Path.of(command.required("snapshots"))), command);
            case "demo" -> demo(command);
            default -> throw new UsageException("Unknown command " + command.command());
        }
    }

    private static void aggregate(CommandLine command) throws Exception {
        if (command.has("input")) {
            throw new UsageException("'aggregate' reads only the store; use 'snapshot' to add --input files");
        }
        command.required("store");
        PipelineCommands.snapshot(command);
    }

    private static void demo(CommandLine command) throws Exception {
        List<String> puuids = command.list("featured-puuids");
        List<FeaturedPlayer> featured = puuids.isEmpty()
                ? DemoIdentities.lobby()
                : puuids.stream().map(FeaturedPlayer::of).toList();
        GeneratorOptions options = new GeneratorOptions(
                command.number("seed", DEMO_SEED, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) command.number("matches", 50_000, 1, PipelineCommands.MAX_MATCHES),
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
