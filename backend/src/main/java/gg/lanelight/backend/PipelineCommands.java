package gg.lanelight.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.CommandLine.UsageException;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.generate.DatasetWriter;
import gg.lanelight.backend.generate.FeaturedPlayer;
import gg.lanelight.backend.generate.GeneratorOptions;
import gg.lanelight.backend.generate.MatchGenerator;
import gg.lanelight.backend.ingest.IngestProgress;
import gg.lanelight.backend.ingest.IngestReport;
import gg.lanelight.backend.ingest.RanksFile;
import gg.lanelight.backend.ingest.SkippedRecord;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotBuild;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch commands: {@code generate}, {@code ingest}, {@code snapshot} and {@code aggregate}. Progress and the
 * summary go to stderr; stdout stays free for launchers.
 */
final class PipelineCommands {
    static final int MAX_MATCHES = 10_000_000;
    static final String INGEST_OPTIONS = "input store threads duckdb-memory progress";
    static final String SNAPSHOT_OPTIONS = "input store out keep ranks threads duckdb-memory progress";

    private static final PrintStream OUT = System.err;

    private PipelineCommands() {}

    static void generate(CommandLine command) throws Exception {
        if (!command.has("matches") || !command.has("seed")) {
            throw new UsageException("'generate' needs --matches=N and --seed=S");
        }
        GeneratorOptions options = new GeneratorOptions(
                command.number("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) command.number("matches", -1, 1, MAX_MATCHES),
                command.fraction("timeline-share", 0.2),
                command.list("featured-puuids").stream().map(FeaturedPlayer::of).toList());
        Path out = Path.of(command.required("out"));
        long started = System.nanoTime();
        List<Path> files;
        try (ProgressBar bar =
                new ProgressBar("generate", OUT, ProgressBar.enabled(command.text("progress", "auto")))) {
            files = new DatasetWriter(MatchGenerator.bundled(options), new ObjectMapper())
                    .write(
                            out,
                            threads(command),
                            done -> bar.update(
                                    (double) done / options.matches(),
                                    String.format(Locale.ROOT, "%,d matches", done)));
        }
        OUT.printf(
                Locale.ROOT,
                "Generated %,d matches (%.0f%% with a timeline) in %d files in %s, %.1f s%n",
                options.matches(),
                options.timelineShare() * 100,
                files.size(),
                out,
                seconds(started));
    }

    /** Ingests into a persistent store without publishing: later {@code snapshot} or {@code aggregate} runs use it. */
    static void ingest(CommandLine command) throws Exception {
        List<Path> inputs = inputs(command, true);
        try (SnapshotBuild build = SnapshotBuild.onStore(
                Path.of(command.required("store")),
                command.text("duckdb-memory", null),
                ItemCatalog.bundled(),
                new ObjectMapper())) {
            ingestInto(build, inputs, command);
            build.commitIngest();
        }
    }

    /** Ingests the inputs (if any) and publishes a snapshot of everything in the store. */
    static void snapshot(CommandLine command) throws Exception {
        List<Path> inputs = inputs(command, !command.has("store"));
        Path out = Path.of(command.required("out"));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            // Said before the work, rather than by a failed publish that names only the path.
            throw new FileSystemException(
                    out.toString(), null, "--out is a file, not a folder: give the folder snapshots are published in");
        }
        if (inputs.isEmpty() && !Files.exists(Path.of(command.required("store")))) {
            // Publishing would put an empty snapshot in front of the served one, most likely after a typo in the path.
            throw new NoSuchFileException(
                    command.required("store"),
                    null,
                    "the store does not exist, so there is nothing to aggregate: check the path, or ingest into it"
                            + " first");
        }
        SnapshotStore snapshots = new SnapshotStore(out);
        try (SnapshotBuild build = openBuild(command)) {
            if (command.has("ranks")) {
                build.useRanks(RanksFile.read(Path.of(command.required("ranks"))));
            }
            if (!inputs.isEmpty()) {
                ingestInto(build, inputs, command);
            }
            publish(build, snapshots, command);
        }
    }

    private static SnapshotBuild openBuild(CommandLine command) throws Exception {
        if (command.has("store")) {
            return SnapshotBuild.onStore(
                    Path.of(command.required("store")),
                    command.text("duckdb-memory", null),
                    ItemCatalog.bundled(),
                    new ObjectMapper());
        }
        return SnapshotBuild.start(command.text("duckdb-memory", null), ItemCatalog.bundled(), new ObjectMapper());
    }

    static void publish(SnapshotBuild build, SnapshotStore snapshots, CommandLine command) throws Exception {
        long started = System.nanoTime();
        Manifest manifest = build.publish(snapshots, (int) command.number("keep", 3, 1, 1000), Clock.systemUTC());
        OUT.printf(
                Locale.ROOT,
                "Aggregated and published in %.1f s (aggregate SQL %.1f s): snapshot %s in %s%n",
                seconds(started),
                build.aggregateMillis() / 1000.0,
                manifest.snapshotId(),
                snapshots.directory());
        for (Manifest.TableFile table : manifest.tables()) {
            OUT.printf(Locale.ROOT, "  %-22s %,12d rows %,14d bytes%n", table.table(), table.rows(), table.bytes());
        }
    }

    static IngestReport ingestInto(SnapshotBuild build, List<Path> inputs, CommandLine command) throws Exception {
        long started = System.nanoTime();
        try (ProgressBar bar = new ProgressBar("ingest", OUT, ProgressBar.enabled(command.text("progress", "auto")))) {
            IngestProgress progress = (doneBytes, totalBytes, report) -> bar.update(
                    totalBytes == 0 ? 1 : (double) doneBytes / totalBytes,
                    String.format(Locale.ROOT, "%,d matches, %,d skipped", report.matches(), report.skipped()));
            build.ingester().threads(threads(command)).progress(progress).ingestPaths(inputs);
        }
        IngestReport report = build.ingester().report();
        printSummary(report, seconds(started));
        return report;
    }

    private static void printSummary(IngestReport report, double seconds) {
        OUT.printf(
                Locale.ROOT,
                "Ingested %,d files (%,d already in the store, not read) in %.1f s: %,d records, %,d new matches"
                        + " (%,d remakes), %,d timelines, %,d skipped (%,.0f matches/s)%n",
                report.files(),
                report.alreadyIngestedFiles(),
                seconds,
                report.records(),
                report.matches(),
                report.remakes(),
                report.timelines(),
                report.skipped(),
                report.matches() / Math.max(seconds, 1e-9));
        for (Map.Entry<String, Long> reason : report.skipsByReason().entrySet()) {
            OUT.printf(Locale.ROOT, "  skipped %-20s %,d%n", reason.getKey(), reason.getValue());
        }
        List<SkippedRecord> examples = report.examples();
        for (SkippedRecord skip : examples.subList(0, Math.min(20, examples.size()))) {
            OUT.println("  e.g. " + skip);
        }
    }

    private static List<Path> inputs(CommandLine command, boolean required) throws UsageException {
        List<Path> inputs = command.list("input").stream().map(Path::of).toList();
        if (inputs.isEmpty() && required) {
            throw new UsageException("'" + command.command() + "' needs --input=PATH[,PATH…]");
        }
        return inputs;
    }

    static int threads(CommandLine command) throws UsageException {
        return (int) command.number("threads", Runtime.getRuntime().availableProcessors(), 1, 256);
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
