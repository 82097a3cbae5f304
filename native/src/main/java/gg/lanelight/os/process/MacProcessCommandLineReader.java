package gg.lanelight.os.process;

import gg.lanelight.os.ForOperatingSystem;
import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.OsFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists processes with {@code ps -A -ww -o pid=,args=}. This reader is untested on macOS because the build runs on
 * Linux only (where its parsing is exercised against procps' ps), so a macOS user may see it fail.
 */
@ForOperatingSystem(OperatingSystem.MAC)
public final class MacProcessCommandLineReader implements ProcessCommandLineReader, OsFeature {
    private static final Path PS = Path.of("/bin/ps");
    private static final long PS_TIMEOUT_SECONDS = 5;
    private static final Pattern PID_AND_ARGS = Pattern.compile("^\\s*(\\d+)\\s+(.*)$");
    /** An argument starts after whitespace that is followed by a dash. */
    private static final Pattern ARGUMENT_BOUNDARY = Pattern.compile("\\s+(?=-)");

    @Override
    public boolean isAvailable() {
        return Files.isExecutable(PS);
    }

    @Override
    public List<ProcessCommandLine> findByArgumentPrefix(String argumentPrefix) throws ProcessReadException {
        List<ProcessCommandLine> matches = new ArrayList<>();
        for (String line : runPs().split("\n")) {
            parseLine(line)
                    .filter(commandLine ->
                            commandLine.arguments().stream().anyMatch(argument -> argument.startsWith(argumentPrefix)))
                    .ifPresent(matches::add);
        }
        return matches;
    }

    /**
     * ps joins the arguments with spaces, so they are split again before each " -": an argument value containing
     * " -" is cut there, and a plain word argument (one not starting with a dash) stays joined to the one before.
     */
    static Optional<ProcessCommandLine> parseLine(String line) {
        Matcher matcher = PID_AND_ARGS.matcher(line);
        if (!matcher.matches() || matcher.group(2).isBlank()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(matcher.group(1));
        List<String> arguments =
                List.of(ARGUMENT_BOUNDARY.split(matcher.group(2).strip()));
        return Optional.of(new ProcessCommandLine(pid, arguments));
    }

    /** ps writes to a temporary file so that waiting for it stays bounded even if it never closes its output. */
    private static String runPs() throws ProcessReadException {
        Path output = null;
        try {
            output = Files.createTempFile("lanelight-ps", ".txt");
            Process ps = new ProcessBuilder(PS.toString(), "-A", "-ww", "-o", "pid=,args=")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(output.toFile())
                    .start();
            awaitSuccess(ps);
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw psFailed(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw psFailed("interrupted", e);
        } finally {
            deleteQuietly(output);
        }
    }

    private static void awaitSuccess(Process ps) throws InterruptedException, ProcessReadException {
        if (!ps.waitFor(PS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            ps.destroyForcibly();
            throw psFailed("it did not finish within " + PS_TIMEOUT_SECONDS + " s", null);
        }
        if (ps.exitValue() != 0) {
            throw psFailed("it exited with status " + ps.exitValue(), null);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static ProcessReadException psFailed(String why, Exception cause) {
        return new ProcessReadException(
                "Could not list the running processes with " + PS + " (" + why
                        + "); restart Lanelight, or point it at the client's lockfile.",
                cause);
    }
}
