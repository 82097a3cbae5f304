package gg.lanelight.backend;

import gg.lanelight.backend.CommandLine.UsageException;
import gg.lanelight.backend.bench.ServeBenchmark;
import gg.lanelight.backend.demo.DemoData;
import gg.lanelight.backend.demo.DemoIdentities;
import gg.lanelight.backend.generate.FeaturedPlayer;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.serve.ServeOptions;
import gg.lanelight.backend.serve.StatsServer;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            "serve",
                    Set.of(
                            "snapshots",
                            "snapshot-url",
                            "download-dir",
                            "port",
                            "host",
                            "poll-millis",
                            "rate-limit",
                            "rate-burst",
                            "rate-pause-after",
                            "trust-forwarded-for"),
            "bench-serve",
                    Set.of(
                            "snapshots",
                            "work-dir",
                            "seconds",
                            "connections",
                            "rates",
                            "swaps",
                            "phases",
                            "max-rate",
                            "rate-pause-after"),
            "demo", Set.of("port", "host", "matches", "data-dir", "featured-puuids", "seed"));
    private static final String USAGE = String.join(
            "\n",
            "Usage: BackendMain <command> [--option=value …]",
            "  generate --matches=N --seed=S --out=DIR [--timeline-share=0.2] [--featured-puuids=a,b,…] [--threads=N]",
            "  ingest --input=PATH[,PATH…] --store=FILE [--threads=N] [--duckdb-memory=2GB]",
            "  snapshot --input=PATH[,PATH…] --out=SNAPSHOTS_DIR [--store=FILE] [--ranks=FILE] [--keep=3] [--threads=N]",
            "           [--duckdb-memory=2GB]   (with --store, --input is optional and only new files are read)",
            "  aggregate --store=FILE --out=SNAPSHOTS_DIR [--ranks=FILE] [--keep=3] [--duckdb-memory=2GB]",
            "  bench-pipeline [--matches=1000000] [--work=DIR] [--threads=N] [--timeline-share=0.2] [--seed=1]"
                    + " [--duckdb-memory=2GB]",
            "  every batch command: [--progress=auto|on|off] (a bar on stderr; auto = when on a terminal)",
            "  serve (--snapshots=DIR | --snapshot-url=URL --download-dir=DIR) [--port=0] [--host=127.0.0.1]",
            "        [--poll-millis=5000] [--rate-limit=REQUESTS_PER_SECOND --rate-burst=N] [--trust-forwarded-for=false]",
            "        [--rate-pause-after=8] (refusals in a row on a connection before further ones are held; 0 = never)",
            "  bench-serve --snapshots=DIR [--work-dir=DIR] [--seconds=10] [--connections=64]"
                    + " [--rates=0.1,0.25,0.5,0.75] [--swaps=10]",
            "              [--phases=max,nginx,rates,swaps,flood] [--max-rate=REQUESTS_PER_SECOND (else measured)]",
            "              [--rate-pause-after=8] (of the flood phase's service; 0 = refusals never held)",
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
            case "serve" -> serve(command);
            case "bench-serve" -> benchServe(command);
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

    private static void serve(CommandLine command) throws Exception {
        ServeOptions options = serveOptions(command);
        if (command.has("snapshot-url") == command.has("snapshots")) {
            throw new UsageException(
                    "'serve' needs either --snapshots=DIR or --snapshot-url=URL (with --download-dir)");
        }
        if (command.has("snapshots")) {
            awaitShutdown(StatsServer.start(new SnapshotStore(Path.of(command.required("snapshots"))), options));
        } else {
            URI url = URI.create(command.required("snapshot-url"));
            if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
                throw new UsageException("--snapshot-url must be an http:// or https:// URL, got " + url);
            }
            awaitShutdown(StatsServer.start(url, Path.of(command.required("download-dir")), options));
        }
    }

    private static void serve(SnapshotStore store, CommandLine command) throws Exception {
        awaitShutdown(StatsServer.start(store, serveOptions(command)));
    }

    private static ServeOptions serveOptions(CommandLine command) throws UsageException {
        String trust = command.text("trust-forwarded-for", "false");
        if (!trust.equals("true") && !trust.equals("false")) {
            throw new UsageException("--trust-forwarded-for must be true or false, got '" + trust + "'");
        }
        return new ServeOptions(
                command.text("host", "127.0.0.1"),
                (int) command.number("port", 0, 0, 65_535),
                command.number("poll-millis", ServeOptions.DEFAULT_POLL_MILLIS, 50, 3_600_000),
                command.number("rate-limit", 0, 0, 1_000_000),
                (int) command.number("rate-burst", 100, 1, 1_000_000),
                trust.equals("true"),
                (int) command.number("rate-pause-after", ServeOptions.DEFAULT_RATE_PAUSE_AFTER, 0, 1_000_000));
    }

    private static void awaitShutdown(StatsServer server) throws InterruptedException {
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

    private static Set<String> benchPhases(CommandLine command) throws UsageException {
        List<String> phases = command.list("phases").isEmpty() ? ServeBenchmark.PHASES : command.list("phases");
        for (String phase : phases) {
            if (!ServeBenchmark.PHASES.contains(phase)) {
                throw new UsageException(
                        "--phases takes some of " + String.join(",", ServeBenchmark.PHASES) + ", got '" + phase + "'");
            }
        }
        return Set.copyOf(phases);
    }

    private static void benchServe(CommandLine command) throws Exception {
        Path workDir = command.has("work-dir")
                ? Path.of(command.required("work-dir"))
                : Files.createTempDirectory("lanelight-bench-serve");
        List<Double> rates = new ArrayList<>();
        for (String rate :
                command.list("rates").isEmpty() ? List.of("0.1", "0.25", "0.5", "0.75") : command.list("rates")) {
            try {
                rates.add(Double.parseDouble(rate));
            } catch (NumberFormatException e) {
                throw new UsageException(
                        "--rates must be fractions of the maximum such as 0.1,0.5, got '" + rate + "'");
            }
        }
        ServeBenchmark.run(
                new ServeBenchmark.Options(
                        Path.of(command.required("snapshots")),
                        workDir,
                        (int) command.number("seconds", 10, 1, 600),
                        (int) command.number("connections", 64, 1, 10_000),
                        rates,
                        (int) command.number("swaps", 10, 0, 100),
                        benchPhases(command),
                        command.number("max-rate", 0, 0, 10_000_000),
                        (int) command.number("rate-pause-after", ServeOptions.DEFAULT_RATE_PAUSE_AFTER, 0, 1_000_000)),
                System.out);
        System.err.println("Benchmark files (nginx root and config, wrk scripts) are in " + workDir);
    }
}
