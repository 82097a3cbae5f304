package gg.lanelight.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Java main class running as its own process (the stats backend or the simulated client). Its standard output and
 * error go, line by line, to a log file; the first line that starts with the ready prefix tells the caller the child
 * is serving. Thread-safe; {@link #stop} may be called from a shutdown hook.
 */
final class ChildProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    private static final int TAIL_LINES = 15;
    private static final long OUTPUT_DRAIN_MILLIS = 2_000;

    private final String name;
    private final Process process;
    private final Path log;
    private final String readyPrefix;
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private volatile boolean stopping;
    private volatile Thread pump;

    /**
     * The child ended by itself while the demo still needed it.
     *
     * @param exitCode the process's exit code (above 128 when a signal ended it)
     * @param description what happened, naming the log and quoting its last lines
     */
    record UnexpectedExit(int exitCode, String description) {}

    private ChildProcess(String name, Process process, Path log, String readyPrefix) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.readyPrefix = readyPrefix;
    }

    /**
     * Starts {@code java -cp classpath mainClass arguments} with this JVM's java executable.
     *
     * @param name what the player calls the child ("stats backend"), used in messages
     * @param readyPrefix the start of the line the child prints once it serves, e.g. {@code "BACKEND READY "}
     */
    static ChildProcess start(
            String name, String classpath, String mainClass, List<String> arguments, Path log, String readyPrefix)
            throws DemoException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 21) {
            // DuckDB and JavaFX load native code; JDK 21 and later warn about that unless it is allowed explicitly.
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(arguments);

        try {
            Files.createDirectories(log.getParent());
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            ChildProcess child = new ChildProcess(name, process, log, readyPrefix);
            child.pumpOutput();
            LOG.info("Started the {} (pid {}); its log is {}", name, process.pid(), log);
            return child;
        } catch (IOException e) {
            throw new DemoException("Cannot start the " + name + " (" + mainClass + "): " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the child prints its ready line and returns what follows the prefix on that line.
     *
     * @throws DemoException when the child exits first or stays silent longer than {@code limit}; the message names
     *     the log file and quotes its last lines
     */
    String awaitReady(Duration limit) throws DemoException {
        try {
            return ready.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw failure("did not report '" + readyPrefix.strip() + "' within " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw failure(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was still starting when the demo was interrupted");
        }
    }

    /**
     * Calls {@code onExit} once, on a background thread, if the child ends before {@link #stop} is called; its output
     * is fully in the log by then.
     */
    void watch(Consumer<UnexpectedExit> onExit) {
        process.onExit().thenRun(() -> {
            if (!stopping) {
                awaitOutputCopied();
                int code = process.exitValue();
                onExit.accept(new UnexpectedExit(
                        code,
                        failure("exited with code " + code + " during the demo").getMessage()));
            }
        });
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /**
     * Asks the child and everything it started to end, and forces them after {@code grace}; says so when the child
     * had failed earlier by itself. Idempotent.
     */
    void stop(Duration grace) {
        if (!process.isAlive() && !stopping && process.exitValue() != 0) {
            LOG.warn(
                    "The {} was no longer running: it had exited with code {} during the demo (its log is {})",
                    name,
                    process.exitValue(),
                    log);
        }
        stopping = true;
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        family.forEach(ProcessHandle::destroy);

        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle member : family) {
            awaitExit(member, deadline);
        }
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        LOG.info("Stopped the {}", name);
    }

    /** The output copier ends at the end of the child's output, which follows its exit closely. */
    private void awaitOutputCopied() {
        try {
            pump.join(OUTPUT_DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitExit(ProcessHandle member, long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        try {
            member.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // forced right after
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private DemoException failure(String what) {
        StringBuilder message = new StringBuilder("The " + name + " " + what + ". Its log is " + log + ".");
        List<String> lastLines = lastLines();
        if (!lastLines.isEmpty()) {
            message.append(" Last lines:\n  ").append(String.join("\n  ", lastLines));
        }
        return new DemoException(message.toString());
    }

    private List<String> lastLines() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    private void pumpOutput() {
        Thread copier = new Thread(this::copyOutputToLog, "demo-" + name.replace(' ', '-') + "-log");
        copier.setDaemon(true);
        pump = copier;
        copier.start();
    }

    private void copyOutputToLog() {
        try (BufferedReader output =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                file.write(line);
                file.write(System.lineSeparator());
                file.flush();
                remember(line);
                readyLine(line).ifPresent(ready::complete);
            }
        } catch (IOException e) {
            LOG.warn("Stopped copying the {} output to {}: {}", name, log, e.getMessage());
        }
        if (!ready.isDone()) {
            ready.completeExceptionally(new IllegalStateException(exitDescription()));
        }
    }

    private Optional<String> readyLine(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith(readyPrefix)
                ? Optional.of(trimmed.substring(readyPrefix.length()))
                : Optional.empty();
    }

    private void remember(String line) {
        synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) {
                tail.removeFirst();
            }
        }
    }

    private String exitDescription() {
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                return "exited with code " + process.exitValue() + " before it was ready";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its output before it was ready";
    }
}
