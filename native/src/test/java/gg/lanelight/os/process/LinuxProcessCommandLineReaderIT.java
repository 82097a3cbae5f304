package gg.lanelight.os.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxProcessCommandLineReaderIT {
    private final LinuxProcessCommandLineReader reader = new LinuxProcessCommandLineReader();
    private final String token = "--remoting-auth-token=abc-" + UUID.randomUUID();
    private Process child;

    @AfterEach
    void stopChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The shell waits on its built-in read, so it stays a shell with exactly these arguments until stdin closes. */
    private List<String> startChild() throws IOException {
        List<String> arguments = List.of(
                "/bin/sh", "-c", "read line", "lanelight-probe", "--install-directory=/opt/League of Legends", token);
        child = new ProcessBuilder(arguments).start();
        return arguments;
    }

    @Test
    void findsARunningProcessByArgumentPrefixWithItsExactArguments() throws Exception {
        List<String> arguments = startChild();

        List<ProcessCommandLine> found = reader.findByArgumentPrefix(token);

        assertEquals(List.of(new ProcessCommandLine(child.pid(), arguments)), found);
    }

    @Test
    void aProcessThatExitedIsNotListedAfterwards() throws Exception {
        startChild();
        assertEquals(1, reader.findByArgumentPrefix(token).size());

        child.getOutputStream().close();
        assertTrue(child.waitFor(5, TimeUnit.SECONDS), "the shell should exit when its input closes");

        assertEquals(List.of(), reader.findByArgumentPrefix(token));
    }

    @Test
    void isChosenOnLinux() {
        assertTrue(ProcessCommandLineReader.forCurrentOs() instanceof LinuxProcessCommandLineReader);
    }

    @Test
    void skipsEntriesItCannotReadAndKeepsTheOthers(@TempDir Path proc) throws Exception {
        writeCommandLine(proc, "101", "/usr/bin/client\0--app-port=4242\0");
        writeCommandLine(proc, "102", "");
        Files.createDirectories(proc.resolve("103").resolve("cmdline"));
        Files.createDirectories(proc.resolve("104"));
        writeCommandLine(proc, "self", "/usr/bin/client\0--app-port=1\0");
        writeCommandLine(proc, "105", "/usr/bin/renamed --app-port=77");

        List<ProcessCommandLine> found = new LinuxProcessCommandLineReader(proc).findByArgumentPrefix("--app-port=");

        assertEquals(List.of(new ProcessCommandLine(101, List.of("/usr/bin/client", "--app-port=4242"))), found);
    }

    @Test
    void reportsAMissingProcessListWithAnExplanation(@TempDir Path parent) {
        LinuxProcessCommandLineReader noProc = new LinuxProcessCommandLineReader(parent.resolve("missing"));

        ProcessReadException failure =
                assertThrows(ProcessReadException.class, () -> noProc.findByArgumentPrefix("--app-port="));

        assertTrue(failure.getMessage().contains("lockfile"), failure.getMessage());
    }

    private static void writeCommandLine(Path proc, String pid, String content) throws IOException {
        Path directory = Files.createDirectories(proc.resolve(pid));
        Files.write(directory.resolve("cmdline"), content.getBytes(StandardCharsets.UTF_8));
    }
}
