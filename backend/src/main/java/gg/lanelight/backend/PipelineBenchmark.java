package gg.lanelight.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.generate.DatasetWriter;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.generate.MatchGenerator;
import gg.lanelight.backend.ingest.IngestReport;
import gg.lanelight.backend.ingest.MatchIngester;
import gg.lanelight.backend.ingest.ParseCeiling;
import gg.lanelight.backend.snapshot.SnapshotBuild;
import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench-pipeline}: generates N matches (or reuses files generated before with the same settings), measures the
 * parse-only ceiling on those files, then ingests, aggregates and publishes them, and prints one {@code BENCH} line
 * per measurement on stderr.
 */
final class PipelineBenchmark {
    private static final PrintStream OUT = System.err;

    private final CommandLine command;
    private final int threads;

    PipelineBenchmark(CommandLine command) throws CommandLine.UsageException {
        this.command = command;
        this.threads = PipelineCommands.threads(command);
    }

    void run() throws Exception {
        GeneratorOptions options = new GeneratorOptions(
                command.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) command.number("matches", 1_000_000, 1, PipelineCommands.MAX_MATCHES),
                command.fraction("timeline-share", 0.2),
                List.of());
        Path work = Path.of(command.text("work", System.getProperty("java.io.tmpdir") + "/lanelight-bench"));
        List<Path> files = generatedFiles(options, work.resolve("matches"));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        OUT.printf(
                Locale.ROOT,
                "BENCH input: %,d matches, %.0f%% with a timeline, %d files, %,.1f MB gzip, %d threads, %d cores%n",
                options.matches(),
                options.timelineShare() * 100,
                files.size(),
                bytes / 1e6,
                threads,
                Runtime.getRuntime().availableProcessors());

        double[] ceiling = parseOnly(files);
        OUT.printf(
                Locale.ROOT,
                "BENCH parse-only ceiling: %.1f s, %,.0f matches/s (%.1f CPU s)%n",
                ceiling[0],
                options.matches() / ceiling[0],
                ceiling[1]);

        ingestAndAggregate(work, options.matches(), ceiling);
        printMemory();
    }

    private List<Path> generatedFiles(GeneratorOptions options, Path folder) throws Exception {
        Path marker = folder.resolve("generated.txt");
        String settings = options.seed() + " " + options.matches() + " " + options.timelineShare() + " v"
                + GeneratorOptions.GENERATOR_VERSION;
        if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(settings)) {
            SnapshotWriter.deleteTree(folder);
            long started = System.nanoTime();
            try (ProgressBar bar = new ProgressBar("generate", OUT, progress())) {
                new DatasetWriter(MatchGenerator.bundled(options), new ObjectMapper())
                        .write(folder, threads, done -> bar.update((double) done / options.matches(), done + ""));
            }
            Files.writeString(marker, settings, StandardCharsets.UTF_8);
            OUT.printf(Locale.ROOT, "BENCH generate: %.1f s (not part of the pipeline)%n", seconds(started));
        } else {
            OUT.println("BENCH generate: reusing " + folder);
        }
        return MatchIngester.inputFiles(List.of(folder));
    }

    /**
     * Wall seconds and CPU seconds of the faster of two runs, so the ceiling is not lowered by a cold JIT or page
     * cache. CPU seconds barely move when other processes load the machine, so they give a steadier ratio.
     */
    private double[] parseOnly(List<Path> files) throws IOException, InterruptedException {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int run = 0; run < 2; run++) {
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            ParseCeiling.tokenise(files, threads);
            double wall = seconds(started);
            if (wall < best[0]) {
                best = new double[] {wall, (processCpuNanos() - cpuStarted) / 1e9};
            }
        }
        return best;
    }

    /** CPU time of this process (all threads, JIT and GC included), or 0 when the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private void ingestAndAggregate(Path work, int matches, double[] ceiling) throws Exception {
        Path store = work.resolve("store.duckdb");
        Files.deleteIfExists(store);
        Files.deleteIfExists(work.resolve("store.duckdb.wal"));
        try (SnapshotBuild build = SnapshotBuild.onStore(
                store, command.text("duckdb-memory", null), ItemCatalog.bundled(), new ObjectMapper())) {
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            try (ProgressBar bar = new ProgressBar("ingest", OUT, progress())) {
                build.ingester()
                        .threads(threads)
                        .progress((done, total, report) -> bar.update((double) done / total, report.matches() + ""))
                        .ingestPaths(List.of(work.resolve("matches")));
            }
            double ingestSeconds = seconds(started);
            double ingestCpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            IngestReport report = build.ingester().report();
            OUT.printf(
                    Locale.ROOT,
                    "BENCH ingest: %.1f s, %,.0f matches/s = %.0f%% of the parse-only ceiling by wall time;"
                            + " %.1f CPU s = %.0f%% by CPU time (%,d matches, %,d timelines, %,d skipped)%n",
                    ingestSeconds,
                    matches / ingestSeconds,
                    100 * ceiling[0] / ingestSeconds,
                    ingestCpuSeconds,
                    100 * ceiling[1] / ingestCpuSeconds,
                    report.matches(),
                    report.timelines(),
                    report.skipped());
            OUT.println("BENCH ingest writer: " + report.writerSummary());

            started = System.nanoTime();
            SnapshotStore snapshots = new SnapshotStore(work.resolve("snapshots"));
            build.publish(snapshots, 1, java.time.Clock.systemUTC());
            OUT.printf(
                    Locale.ROOT,
                    "BENCH aggregate: %.1f s of SQL; with parquet export and publish %.1f s%n",
                    build.aggregateMillis() / 1000.0,
                    seconds(started));
        }
    }

    private static void printMemory() throws IOException {
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        OUT.printf(
                Locale.ROOT,
                "BENCH memory: peak RSS %s (JVM heap, DuckDB and native buffers), peak heap pools %,d MB, max heap %,d"
                        + " MB%n",
                peakRss(),
                heapPeak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** VmHWM from /proc/self/status (Linux), or "unknown" elsewhere. */
    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "unknown";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format(Locale.ROOT, "%,d MB", kilobytes >> 10);
            }
        }
        return "unknown";
    }

    private boolean progress() throws CommandLine.UsageException {
        return ProgressBar.enabled(command.text("progress", "auto"));
    }

    private static double seconds(long startedNanos) {
        return PipelineCommands.seconds(startedNanos);
    }
}
