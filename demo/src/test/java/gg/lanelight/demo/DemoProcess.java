package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The demo launcher running as a subprocess, exactly as scripts/demo runs it, with its snapshots and data folder in a
 * test's temporary folder. Every wait is bounded; on a timeout the whole process tree is killed and the test fails
 * with the tails of every log.
 */
final class DemoProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int TAIL_LINES = 25;

    private final Process process;
    private final Path folder;

    private DemoProcess(Process process, Path folder) {
        this.process = process;
        this.folder = folder;
    }

    /**
     * Starts {@code DemoLauncher --demo --exit-when-done} with snapshots and data under {@code folder}.
     *
     * @param options further launcher options, e.g. {@code --speed=60}
     */
    static DemoProcess start(Path folder, String... options) throws IOException {
        assertTrue(
                System.getenv("DISPLAY") != null,
                "The end-to-end tests open real windows: run them under a display, e.g. scripts/test, or "
                        + "'source scripts/lib/display.sh && with_virtual_display mvn -B verify -pl demo -am'.");
        Path root = repositoryRoot();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 21) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-D" + Repository.HOME_PROPERTY + "=" + root);
        command.add("-cp");
        command.add(launcherClasspath(root));
        command.add(DemoLauncher.class.getName());
        command.add("--demo");
        command.add("--exit-when-done");
        command.add("--snapshots=" + folder.resolve("snapshots"));
        command.add("--data-dir=" + folder.resolve("data"));
        command.addAll(List.of(options));

        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("launcher.log").toFile())
                .start();
        return new DemoProcess(process, folder);
    }

    Path snapshots() {
        return folder.resolve("snapshots");
    }

    Path dataDir() {
        return folder.resolve("data");
    }

    Path historyDatabase() {
        return dataDir().resolve("history.db");
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits for the launcher to exit and returns its exit code. */
    int awaitExit(Duration limit) {
        try {
            if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        return fail("The demo did not exit within " + limit.toSeconds() + " s.\n" + logTails());
    }

    /** Polls trace.json until {@code condition} holds, and returns that trace. */
    Trace awaitTrace(String what, Predicate<Trace> condition, Duration limit) {
        return awaitValue(
                what,
                () -> Optional.of(Trace.read(snapshots().resolve("trace.json"))).filter(condition),
                limit);
    }

    /** Waits for a line of the launcher's own output that contains {@code fragment}, and returns it. */
    String awaitLauncherLine(String fragment, Duration limit) {
        Path log = folder.resolve("launcher.log");
        return awaitValue(
                "a line with '" + fragment + "' in " + log,
                () -> lines(log).stream()
                        .filter(line -> line.contains(fragment))
                        .findFirst(),
                limit);
    }

    /** The launcher's whole output so far. */
    String launcherOutput() {
        return String.join("\n", lines(folder.resolve("launcher.log")));
    }

    /** The stats backend's address, from its own ready line in the demo's backend log. */
    String awaitBackendUrl(Duration limit) {
        Path log = dataDir().resolve("logs").resolve("demo-backend.log");
        return awaitValue("the backend's ready line in " + log, () -> readyUrl(log), limit);
    }

    private static Optional<String> readyUrl(Path log) {
        return lines(log).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("BACKEND READY "))
                .map(line -> line.substring("BACKEND READY ".length()).strip())
                .findFirst();
    }

    /** Polls {@code probe} until it yields a value; fails with the logs if the launcher exits first or time runs out. */
    <T> T awaitValue(String what, ValueProbe<T> probe, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.poll();
            if (value.isPresent()) {
                return value.get();
            }
            if (!process.isAlive()) {
                return fail("The demo exited (code " + process.exitValue() + ") before " + what + ".\n" + logTails());
            }
            pause();
        }
        close();
        return fail("Waited " + limit.toSeconds() + " s for " + what + " in vain.\n" + logTails());
    }

    /** One look at something the demo produces; empty while it is not there yet. */
    @FunctionalInterface
    interface ValueProbe<T> {
        Optional<T> poll();
    }

    /** The last lines of the launcher's output and of every log in the data folder, for failure messages. */
    String logTails() {
        StringBuilder tails = new StringBuilder();
        appendTail(tails, folder.resolve("launcher.log"));
        try (Stream<Path> logs = Files.walk(dataDir().resolve("logs"), 2)) {
            logs.filter(Files::isRegularFile).sorted().forEach(log -> appendTail(tails, log));
        } catch (IOException | UncheckedIOException e) {
            tails.append("(no logs folder: ").append(e.getMessage()).append(")\n");
        }
        return tails.toString();
    }

    private static void appendTail(StringBuilder tails, Path log) {
        List<String> lines = lines(log);
        tails.append("--- ").append(log).append(" (last ").append(TAIL_LINES).append(" lines)\n");
        lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())
                .forEach(line -> tails.append(line).append('\n'));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Kills the launcher and everything it started, if still running. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("backend"))) {
                return dir;
            }
        }
        throw new IllegalStateException("The tests must run inside the Lanelight repository.");
    }

    private static String launcherClasspath(Path root) throws IOException {
        Path target = root.resolve("demo").resolve("target");
        String dependencies = Files.readString(target.resolve("classpath.txt"), StandardCharsets.UTF_8)
                .strip();
        return target.resolve("classes") + java.io.File.pathSeparator + dependencies;
    }
}
