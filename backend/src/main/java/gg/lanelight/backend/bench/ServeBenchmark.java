package gg.lanelight.backend.bench;

import gg.lanelight.backend.serve.ServeOptions;
import gg.lanelight.backend.serve.StatsServer;
import gg.lanelight.backend.snapshot.SnapshotStore;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The serving benchmark on loopback: the stats service (in this JVM) and nginx serving the same responses as files,
 * both under wrk with the same request mix, first as fast as possible, then at rising fixed rates; finally ten
 * snapshot swaps under load at half of the service's maximum rate, counting failed requests. Prints Markdown.
 */
public final class ServeBenchmark {
    /** Seed of the request mix, so runs compare. */
    private static final long MIX_SEED = 147;

    /** How long one swap may take under load before the run gives up. */
    private static final int SWAP_TIMEOUT_SECONDS = 60;

    private static final Duration SWAP_TIMEOUT = Duration.ofSeconds(SWAP_TIMEOUT_SECONDS);

    /** Per-client limit of the flood phase: far above a normal client, far below a flood. */
    private static final int FLOOD_LIMIT_PER_SECOND = 200;

    private final Options options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * @param snapshots a snapshots folder holding at least one published snapshot (copied, never changed)
     * @param workDir an empty folder for the copy, nginx's root and config, and wrk's scripts
     * @param seconds length of each measured run
     * @param connections wrk connections of the as-fast-as-possible runs
     * @param rateFractions fixed rates to offer, as fractions of the service's maximum throughput
     * @param swaps snapshot swaps in the swap phase
     * @param phases which of {@link #PHASES} to run
     * @param maxRate the service's maximum throughput in requests per second from an earlier run, so that a subset of
     *     phases offers the same rates; 0 measures it
     * @param ratePauseAfter the flood phase's {@link ServeOptions#ratePauseAfter()} (0: refusals are never held)
     */
    public record Options(
            Path snapshots,
            Path workDir,
            int seconds,
            int connections,
            List<Double> rateFractions,
            int swaps,
            Set<String> phases,
            double maxRate,
            int ratePauseAfter) {}

    /** The phases in the order they run: our maximum, nginx, fixed rates, swaps under load, a flood. */
    public static final List<String> PHASES = List.of("max", "nginx", "rates", "swaps", "flood");

    private ServeBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs every phase and prints the results to {@code out}. Bounded: every wrk run and swap has a deadline. */
    public static void run(Options options, PrintStream out) throws Exception {
        new ServeBenchmark(options, out).run();
    }

    private void run() throws Exception {
        Path snapshots = copySnapshot();
        PublishedSnapshot published = new SnapshotStore(snapshots).newest().orElseThrow();
        List<String> mix = RequestMix.of(published, MIX_SEED);
        printMachine(published);
        double ourMaxRate = options.maxRate();
        if (runs("max") || runs("nginx") || runs("rates") || runs("swaps")) {
            ourMaxRate = servicePhases(snapshots, mix);
        }
        if (runs("flood")) {
            floodPhase(snapshots, mix, (int) (ourMaxRate / 4));
        }
    }

    /** Every phase on the unlimited service; returns its maximum throughput (measured, or given). */
    private double servicePhases(Path snapshots, List<String> mix) throws Exception {
        ServeOptions serveOptions = ServeOptions.local("127.0.0.1", 0).withPollMillis(200);
        try (StatsServer server = StatsServer.start(new SnapshotStore(snapshots), serveOptions)) {
            String service = server.baseUri().toString();
            // warms the JIT and sizes the heap, so that every phase (also one run alone) starts from the same state
            WrkRun.run(options.workDir(), service, mix, Math.min(5, options.seconds()), options.connections(), 0);
            double ourMax = options.maxRate();
            if (runs("max") || ourMax == 0) {
                printTableHeader();
                ourMax = measure("Lanelight", service, mix, 0).throughput();
            }
            if (runs("nginx")) {
                Path nginxRoot = NginxCeiling.copyAnswers(options.workDir(), server.baseUri(), mix);
                printRatio(ourMax, nginxPhase(nginxRoot, mix, ourMax));
            }
            if (runs("rates")) {
                ratesPhase(service, mix, ourMax);
            }
            if (runs("swaps") && options.swaps() > 0) {
                swapPhase(server, snapshots, mix, (int) (ourMax / 2));
            }
            return ourMax;
        }
    }

    private boolean runs(String phase) {
        return options.phases().contains(phase);
    }

    /**
     * Rate limiting under a flood: 1,000 well-behaved clients (X-Forwarded-For, trusted) share a fixed rate, first
     * alone, then while one client floods as fast as wrk can; their p99 is compared.
     */
    private void floodPhase(Path snapshots, List<String> mix, int rate) throws Exception {
        ServeOptions limited = ServeOptions.local("127.0.0.1", 0)
                .withPollMillis(60_000)
                .withRateLimit(FLOOD_LIMIT_PER_SECOND, FLOOD_LIMIT_PER_SECOND, true)
                .withRatePauseAfter(options.ratePauseAfter());
        try (StatsServer server = StatsServer.start(new SnapshotStore(snapshots), limited)) {
            String url = server.baseUri().toString();
            int seconds = options.seconds();
            WrkRun.start(
                            options.workDir(),
                            url,
                            mix,
                            Math.min(5, seconds),
                            options.connections(),
                            0,
                            WrkRun.MANY_CLIENTS)
                    .result(seconds);
            long cpuBefore = processCpuNanos();
            WrkRun.Result alone = WrkRun.start(options.workDir(), url, mix, seconds, 0, rate, WrkRun.MANY_CLIENTS)
                    .result(seconds);
            long cpuAlone = processCpuNanos() - cpuBefore;
            WrkRun.Running flood = WrkRun.start(options.workDir(), url, mix, seconds + 2, 32, 0, "10.66.66.66");
            cpuBefore = processCpuNanos();
            WrkRun.Result crowded = WrkRun.start(options.workDir(), url, mix, seconds, 0, rate, WrkRun.MANY_CLIENTS)
                    .result(seconds);
            long cpuCrowded = processCpuNanos() - cpuBefore;
            WrkRun.Result flooder = flood.result(seconds + 2);
            out.printf(
                    Locale.ROOT,
                    "%nRate limiting (%d req/s per client): 1,000 clients at %,d req/s alone: p50 %s, p99 %s,"
                            + " p99.9 %s, %d non-2xx; with one client flooding at %,.0f req/s (%d answered 429):"
                            + " p50 %s, p99 %s, p99.9 %s, %d non-2xx%n",
                    FLOOD_LIMIT_PER_SECOND,
                    rate,
                    millis(alone.p50Micros()),
                    millis(alone.p99Micros()),
                    millis(alone.p999Micros()),
                    alone.non2xx(),
                    flooder.throughput(),
                    flooder.non2xx(),
                    millis(crowded.p50Micros()),
                    millis(crowded.p99Micros()),
                    millis(crowded.p999Micros()),
                    crowded.non2xx());
            out.printf(
                    Locale.ROOT,
                    "Service CPU (this JVM): %.1f s in the %d s alone, %.1f s in the %d s with the flood;"
                            + " refusals held after %d in a row on a connection (0 = never): %d held%n",
                    cpuAlone / 1e9,
                    seconds,
                    cpuCrowded / 1e9,
                    seconds,
                    options.ratePauseAfter(),
                    server.metrics().heldRefusalCount());
        }
    }

    /** CPU time of this JVM (the service runs in it; wrk and nginx are other processes). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private Path copySnapshot() throws IOException {
        PublishedSnapshot source = new SnapshotStore(options.snapshots())
                .newest()
                .orElseThrow(() -> new IOException("No published snapshot in " + options.snapshots()));
        Path snapshots = options.workDir().resolve("snapshots");
        SnapshotRepublisher.copyFolder(
                source.folder(), snapshots.resolve(source.folder().getFileName()));
        return snapshots;
    }

    private void printMachine(PublishedSnapshot published) throws IOException {
        out.printf(
                "Machine: %d cores, JDK %s, load average at start %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).strip());
        out.printf(
                "Snapshot %s (%s matches); wrk -t2, %d s per run, request mix of 30%% builds, 20%% champion pages,"
                        + " 10%% tier list, 10%% matchups, 20%% players, 10%% recent matches, gzip accepted%n%n",
                published.snapshotId(), published.manifest().input().get("matches"), options.seconds());
        if (options.maxRate() > 0) {
            out.printf(Locale.ROOT, "Maximum rate given: %,.0f req/s (not measured in this run)%n", options.maxRate());
        }
    }

    private void printTableHeader() {
        out.println("| server | offered rate | connections | achieved req/s | p50 | p99 | p99.9 | errors | non-2xx |");
        out.println("|---|---|---|---|---|---|---|---|---|");
    }

    private double nginxPhase(Path root, List<String> mix, double ourMax) throws Exception {
        try (NginxCeiling nginx = NginxCeiling.start(options.workDir(), root)) {
            WrkRun.run(options.workDir(), nginx.baseUrl(), mix, 2, options.connections(), 0);
            double max =
                    measure("nginx (static files)", nginx.baseUrl(), mix, 0).throughput();
            measure("nginx (static files)", nginx.baseUrl(), mix, (int) (ourMax / 2));
            return max;
        }
    }

    private void printRatio(double ourMax, double nginxMax) {
        out.printf(Locale.ROOT, "%nLanelight max / nginx max = %.2f%n%n", ourMax / nginxMax);
    }

    private void ratesPhase(String service, List<String> mix, double ourMax) throws Exception {
        out.println();
        printTableHeader();
        for (double fraction : options.rateFractions()) {
            measure("Lanelight", service, mix, (int) (ourMax * fraction));
        }
    }

    private void swapPhase(StatsServer server, Path snapshots, List<String> mix, int rate) throws Exception {
        int maxSeconds = options.swaps() * SWAP_TIMEOUT_SECONDS + 10;
        WrkRun.Running load = WrkRun.start(
                options.workDir(), server.baseUri().toString(), mix, maxSeconds, options.connections(), rate, null);
        long started = System.nanoTime();
        Thread.sleep(2_000);
        long swapsBefore = server.metrics().swapCount();
        for (int swap = 1; swap <= options.swaps() && load.isAlive(); swap++) {
            awaitServed(server.baseUri(), SnapshotRepublisher.republish(snapshots, swap, null));
        }
        Thread.sleep(2_000);
        long swaps = server.metrics().swapCount() - swapsBefore;
        load.stop();
        WrkRun.Result result = load.result(maxSeconds);
        out.printf(
                Locale.ROOT,
                "%nSwaps under load: %d swaps at an offered %,d req/s in %.0f s (%,.0f req/s achieved): %d requests,"
                        + " %d errors, %d non-2xx; p50 %s, p99 %s, p99.9 %s%n",
                swaps,
                rate,
                (System.nanoTime() - started) / 1e9,
                result.throughput(),
                result.requests(),
                result.errors(),
                result.non2xx(),
                millis(result.p50Micros()),
                millis(result.p99Micros()),
                millis(result.p999Micros()));
    }

    private void awaitServed(URI service, String snapshotId) throws Exception {
        long deadline = System.nanoTime() + SWAP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<Void> health = http.send(
                    HttpRequest.newBuilder(service.resolve("/v1/health")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (snapshotId.equals(health.headers().firstValue("X-Snapshot-Id").orElse(""))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("Snapshot " + snapshotId + " was not served within " + SWAP_TIMEOUT);
    }

    private WrkRun.Result measure(String server, String url, List<String> mix, int rate) throws Exception {
        WrkRun.Result result = WrkRun.run(options.workDir(), url, mix, options.seconds(), options.connections(), rate);
        int connections = rate > 0 ? Math.max(2, rate * WrkRun.PACING_MILLIS / 1000) : options.connections();
        out.printf(
                Locale.ROOT,
                "| %s | %s | %d | %,.0f | %s | %s | %s | %d | %d |%n",
                server,
                rate > 0 ? String.format(Locale.ROOT, "%,d", rate) : "max",
                connections,
                result.throughput(),
                millis(result.p50Micros()),
                millis(result.p99Micros()),
                millis(result.p999Micros()),
                result.errors(),
                result.non2xx());
        out.flush();
        return result;
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
    }
}
