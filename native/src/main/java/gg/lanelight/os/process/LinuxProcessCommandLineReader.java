package gg.lanelight.os.process;

import gg.lanelight.os.ForOperatingSystem;
import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.OsFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads {@code /proc/<pid>/cmdline}, where the kernel keeps each process's arguments separated by NUL bytes. */
@ForOperatingSystem(OperatingSystem.LINUX)
public final class LinuxProcessCommandLineReader implements ProcessCommandLineReader, OsFeature {
    private final Path procRoot;

    public LinuxProcessCommandLineReader() {
        this(Paths.get("/proc"));
    }

    LinuxProcessCommandLineReader(Path procRoot) {
        this.procRoot = procRoot;
    }

    @Override
    public boolean isAvailable() {
        return Files.isReadable(procRoot.resolve("self").resolve("cmdline"));
    }

    @Override
    public List<ProcessCommandLine> findByArgumentPrefix(String argumentPrefix) throws ProcessReadException {
        List<ProcessCommandLine> matches = new ArrayList<>();
        for (long pid : processIds()) {
            readCommandLine(pid)
                    .filter(commandLine -> hasArgumentStartingWith(commandLine, argumentPrefix))
                    .ifPresent(matches::add);
        }
        return matches;
    }

    private List<Long> processIds() throws ProcessReadException {
        try (Stream<Path> entries = Files.list(procRoot)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(LinuxProcessCommandLineReader::isProcessId)
                    .map(Long::valueOf)
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new ProcessReadException(
                    "Could not list the running processes in " + procRoot
                            + "; is /proc mounted and readable? Otherwise point Lanelight at the client's lockfile.",
                    e);
        }
    }

    private static boolean isProcessId(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** Empty for processes that exited meanwhile, that belong to users we may not read, and for kernel threads. */
    Optional<ProcessCommandLine> readCommandLine(long pid) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(procRoot.resolve(Long.toString(pid)).resolve("cmdline"));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        List<String> arguments = splitAtNul(raw);
        return arguments.isEmpty() ? Optional.empty() : Optional.of(new ProcessCommandLine(pid, arguments));
    }

    /** Every argument ends in NUL; a process that rewrote its arguments may leave out the last one. */
    static List<String> splitAtNul(byte[] raw) {
        List<String> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length; i++) {
            boolean atEnd = i == raw.length;
            if (atEnd && start == raw.length) {
                break;
            }
            if (atEnd || raw[i] == 0) {
                arguments.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return arguments;
    }

    private static boolean hasArgumentStartingWith(ProcessCommandLine commandLine, String prefix) {
        return commandLine.arguments().stream().anyMatch(argument -> argument.startsWith(prefix));
    }
}
