package gg.lanelight.backend.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One run of wrk (Debian's wrk 4) against a loopback URL with the request mix, asking for gzip like a browser.
 *
 * <p>A fixed rate is emulated with wrk's Lua {@code delay()}: each connection waits a fixed interval before its next
 * request, so the offered rate is connections / interval. Latency is measured from the actual send (wrk's own
 * measure), so a stalled server lowers the achieved rate instead of showing in the percentiles (coordinated
 * omission); the achieved rate is printed beside the target for that reason. Known limitation: without wrk2 (not in
 * Debian) the benchmark cannot offer a truly open-loop rate, so tail latency under overload reads lower than a
 * constant-rate generator would show.
 */
final class WrkRun {
    /** The X-Forwarded-For mode of {@link #start} that spreads requests over 1,000 client addresses. */
    static final String MANY_CLIENTS = "many";

    /** Pause of each connection between requests in paced runs; connections = rate × this. */
    static final int PACING_MILLIS = 10;

    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\d+)");

    private WrkRun() {}

    /** The numbers of one run; latencies in microseconds. */
    record Result(
            long requests, double seconds, long p50Micros, long p99Micros, long p999Micros, long errors, long non2xx) {
        double throughput() {
            return requests / seconds;
        }
    }

    /**
     * Runs wrk for {@code seconds}.
     *
     * @param rate requests per second to offer, or 0 for as fast as possible with {@code connections}
     */
    static Result run(Path workDir, String baseUrl, List<String> paths, int seconds, int connections, int rate)
            throws IOException, InterruptedException {
        return start(workDir, baseUrl, paths, seconds, connections, rate, null).result(seconds);
    }

    /**
     * Starts wrk as {@link #run} does and returns at once; {@link Running#stop()} ends it early with its results.
     *
     * @param forwardedFor null: no X-Forwarded-For; {@link #MANY_CLIENTS}: 1,000 client addresses in turn; else this
     *     one address on every request
     */
    static Running start(
            Path workDir,
            String baseUrl,
            List<String> paths,
            int seconds,
            int connections,
            int rate,
            String forwardedFor)
            throws IOException {
        int pacedConnections = rate > 0 ? Math.max(2, rate * PACING_MILLIS / 1000) : connections;
        Path script = workDir.resolve("mix-" + rate + "-" + (forwardedFor == null ? "direct" : "forwarded") + ".lua");
        Files.writeString(script, lua(paths, rate > 0 ? PACING_MILLIS : 0, forwardedFor), StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + pacedConnections,
                        "-d" + seconds + "s",
                        "--timeout",
                        "2s",
                        "-s",
                        script.toString(),
                        baseUrl)
                .redirectErrorStream(true)
                .start();
        return new Running(wrk);
    }

    /** A wrk process this benchmark started. */
    static final class Running {
        private final Process wrk;

        private Running(Process wrk) {
            this.wrk = wrk;
        }

        /** Waits (at most {@code seconds} + 30 s) for wrk to end and returns its numbers. */
        Result result(int seconds) throws IOException, InterruptedException {
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                throw new IOException("wrk did not finish in time");
            }
            return parse(output);
        }

        /** Asks wrk to stop now; like Ctrl-C, it then prints the numbers of the run so far. */
        void stop() throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid()))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        }

        boolean isAlive() {
            return wrk.isAlive();
        }
    }

    private static Result parse(String output) throws IOException {
        String line = output.lines()
                .filter(candidate -> candidate.startsWith("BENCH "))
                .findFirst()
                .orElseThrow(() -> new IOException("wrk printed no result line:\n" + output));
        Map<String, Long> fields = new HashMap<>();
        Matcher matcher = FIELD.matcher(line);
        while (matcher.find()) {
            fields.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        long errors = fields.get("connect") + fields.get("read") + fields.get("write") + fields.get("timeout");
        return new Result(
                fields.get("requests"),
                fields.get("duration_us") / 1e6,
                fields.get("p50_us"),
                fields.get("p99_us"),
                fields.get("p999_us"),
                errors,
                fields.get("status"));
    }

    private static String forwardedLine(String forwardedFor) {
        if (forwardedFor == null) {
            return "";
        }
        if (forwardedFor.equals(MANY_CLIENTS)) {
            return "  headers[\"X-Forwarded-For\"] = \"10.1.\" .. (next_index % 250) .. \".\""
                    + " .. (math.floor(next_index / 250) % 4)";
        }
        return "  headers[\"X-Forwarded-For\"] = \"" + forwardedFor + "\"";
    }

    private static String lua(List<String> paths, int delayMillis, String forwardedFor) {
        String table = paths.stream().map(path -> "\"" + path + "\"").collect(Collectors.joining(",\n"));
        return String.join(
                "\n",
                "local paths = {" + table + "}",
                "local next_index = 1",
                "local headers = {[\"Accept-Encoding\"] = \"gzip\"}",
                "function setup(thread) thread:set(\"offset\", math.random(#paths)) end",
                "function init(args) next_index = offset or 1 end",
                "function request()",
                "  next_index = next_index % #paths + 1",
                forwardedLine(forwardedFor),
                "  return wrk.format(\"GET\", paths[next_index], headers)",
                "end",
                delayMillis > 0 ? "function delay() return " + delayMillis + " end" : "",
                "function done(summary, latency, requests)",
                "  local e = summary.errors",
                "  io.write(string.format(\"BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d p999_us=%d"
                        + " connect=%d read=%d write=%d timeout=%d status=%d\\n\",",
                "    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),",
                "    latency:percentile(99.9), e.connect, e.read, e.write, e.timeout, e.status))",
                "end",
                "");
    }
}
