package gg.lanelight.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gg.lanelight.os.process.ProcessCommandLine;
import gg.lanelight.os.process.ProcessCommandLineReader;
import gg.lanelight.os.process.ProcessReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class ClientLocatorTest {

    private static final long ALIVE_PID = ProcessHandle.current().pid();

    @TempDir
    Path temp;

    /** The process list as the OS would report it: here, the recorded LeagueClientUx command line. */
    private static ProcessCommandLineReader processes(ProcessCommandLine... commandLines) {
        return prefix -> List.of(commandLines).stream()
                .filter(line -> line.arguments().stream().anyMatch(argument -> argument.startsWith(prefix)))
                .toList();
    }

    private static ProcessCommandLine recordedUxProcess() {
        String recorded = Fixtures.read("lcu", "ux-commandline.txt");
        return new ProcessCommandLine(
                23184, CommandLineArguments.parseWindows(recorded).arguments());
    }

    private Path installDirectoryWithSpaces() throws IOException {
        return Files.createDirectories(temp.resolve("Riot Games").resolve("League of Legends"));
    }

    private static void writeLockfile(Path directory, long pid, int port, String token) throws IOException {
        Files.writeString(directory.resolve("lockfile"), "LeagueClient:" + pid + ":" + port + ":" + token + ":https");
    }

    @Test
    void eachBadLockfileIsLoggedOnceAtWarnAndReportedOnEverySearch() throws Exception {
        Path garbage = Files.createDirectories(temp.resolve("garbage"));
        Files.writeString(garbage.resolve("lockfile"), "\u0000\u0001 not a lockfile");
        Path stale = Files.createDirectories(temp.resolve("stale"));
        writeLockfile(stale, deadPid(), 50123, "staleToken");
        ClientLocator locator = new ClientLocator(null, List.of(garbage, stale));
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(ClientLocator.class);
        logs.start();
        logger.addAppender(logs);
        try {
            for (int search = 0; search < 3; search++) {
                List<String> problems = new ArrayList<>();
                assertEquals(List.of(), locator.locateAll(problems));
                assertEquals(2, problems.size(), problems.toString());
            }
        } finally {
            logger.detachAppender(logs);
        }

        List<ILoggingEvent> warnings =
                logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).getFormattedMessage().contains(garbage.toString()));
        assertTrue(warnings.get(1).getFormattedMessage().contains("stale"));
    }

    /** A pid no process has: a finished child's. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    @Nested
    class FromTheProcessCommandLine {

        @Test
        void readsPortTokenAndInstallDirectoryOfTheRecordedClient() throws Exception {
            Lockfile recordedLockfile = Lockfile.parse(Fixtures.read("lcu", "lockfile.txt"), Path.of("lockfile.txt"));

            ClientCredentials found = new ClientLocator(processes(recordedUxProcess()), List.of()).locate();

            assertEquals(recordedLockfile.port(), found.port());
            assertEquals(recordedLockfile.password(), found.token());
            assertEquals(23184, found.pid());
            assertEquals(Path.of("C:\\Riot Games\\League of Legends"), found.installDirectory());
            assertEquals(ClientCredentials.Source.PROCESS_COMMAND_LINE, found.source());
        }

        @ParameterizedTest(name = "install directory written with \"{0}\" at the end")
        @ValueSource(strings = {"", "/", "\\"})
        void prefersTheProcessTheLockfileConfirms(String trailingSeparator) throws Exception {
            Path directory = installDirectoryWithSpaces();
            writeLockfile(directory, ALIVE_PID, 40002, "confirmedToken");
            ProcessCommandLine stray = commandLine(501, 40001, "strayToken", temp.resolve("elsewhere") + "/");
            ProcessCommandLine confirmed = commandLine(502, 40002, "confirmedToken", directory + trailingSeparator);

            ClientCredentials found = new ClientLocator(processes(stray, confirmed), List.of()).locate();

            assertEquals(40002, found.port());
            assertEquals(directory, found.installDirectory());
        }

        @Test
        void theCommandLineWinsOverALockfileThatDisagrees() throws Exception {
            Path directory = installDirectoryWithSpaces();
            writeLockfile(directory, ALIVE_PID, 40009, "olderToken");

            ClientCredentials found = new ClientLocator(
                            processes(commandLine(503, 40010, "newerToken", directory.toString())), List.of())
                    .locate();

            assertEquals(40010, found.port());
            assertEquals("newerToken", found.token());
        }

        @Test
        void aFailingProcessReaderFallsBackToTheLockfile() throws Exception {
            Path directory = installDirectoryWithSpaces();
            writeLockfile(directory, ALIVE_PID, 40020, "lockfileToken");
            ProcessCommandLineReader failing = prefix -> {
                throw new ProcessReadException("process list unreadable in this test");
            };

            ClientCredentials found = new ClientLocator(failing, List.of(directory)).locate();

            assertEquals(40020, found.port());
            assertEquals(ClientCredentials.Source.LOCKFILE, found.source());
        }

        private ProcessCommandLine commandLine(long pid, int port, String token, String installDirectory) {
            return new ProcessCommandLine(
                    pid,
                    List.of(
                            "/opt/LeagueClientUx",
                            "--app-port=" + port,
                            "--remoting-auth-token=" + token,
                            "--install-directory=" + installDirectory));
        }
    }

    @Nested
    class FromTheLockfile {

        @ParameterizedTest(name = "hint written with \"{0}\" at the end")
        @ValueSource(strings = {"", "/", "\\"})
        void findsTheLockfileInAnInstallDirectoryWithSpaces(String trailingSeparator) throws Exception {
            Path directory = installDirectoryWithSpaces();
            Files.writeString(
                    directory.resolve("lockfile"), "LeagueClient:" + ALIVE_PID + ":51999:tok-en_1:https\r\n ");

            Path hint = ClientLocator.installDirectory(directory + trailingSeparator);
            ClientCredentials found = new ClientLocator(null, List.of(hint)).locate();

            assertEquals(51999, found.port());
            assertEquals("tok-en_1", found.token());
            assertEquals(directory, found.installDirectory());
        }

        @Test
        void aMissingLockfileSaysWhereLanelightLooked() throws Exception {
            Path directory = installDirectoryWithSpaces();

            ClientDiscoveryException e = assertThrows(
                    ClientDiscoveryException.class, () -> new ClientLocator(null, List.of(directory)).locate());

            assertTrue(e.getMessage().contains("No lockfile in " + directory), e.getMessage());
            assertTrue(e.getMessage().contains("Start the League client"), e.getMessage());
        }

        @Test
        void aStaleLockfileIsIgnored() throws Exception {
            Path directory = installDirectoryWithSpaces();
            Process finished = new ProcessBuilder("true").start();
            finished.waitFor();
            writeLockfile(directory, finished.pid(), 52000, "staleToken");

            ClientDiscoveryException e = assertThrows(
                    ClientDiscoveryException.class, () -> new ClientLocator(null, List.of(directory)).locate());

            assertTrue(e.getMessage().contains("stale lockfile"), e.getMessage());
            assertTrue(e.getMessage().contains(Long.toString(finished.pid())), e.getMessage());
        }

        @Test
        void aGarbageLockfileGetsAClearMessageWithoutItsContent() throws Exception {
            Path directory = installDirectoryWithSpaces();
            Files.writeString(directory.resolve("lockfile"), "LeagueClient:notapid:secretish");

            ClientDiscoveryException e = assertThrows(
                    ClientDiscoveryException.class, () -> new ClientLocator(null, List.of(directory)).locate());

            assertTrue(e.getMessage().contains("not in the expected format"), e.getMessage());
            assertTrue(e.getMessage().contains("Restart the League client"), e.getMessage());
            assertFalse(e.getMessage().contains("secretish"), e.getMessage());
        }

        @Test
        void aLockfileWithANonNumericPortIsRejected() {
            ClientDiscoveryException e = assertThrows(
                    ClientDiscoveryException.class,
                    () -> Lockfile.parse("LeagueClient:1:port:token:https", Path.of("lockfile")));

            assertTrue(e.getMessage().contains("not a number"), e.getMessage());
        }
    }

    @Test
    void credentialsNeverPrintTheToken() {
        ClientCredentials credentials = new ClientCredentials(1, "hideMe", 2, null, ClientCredentials.Source.LOCKFILE);

        assertFalse(credentials.toString().contains("hideMe"));
    }

    @Test
    void trailingSeparatorsAreDroppedFromInstallDirectories() {
        assertEquals(Path.of("/games/League of Legends"), ClientLocator.installDirectory("/games/League of Legends//"));
        assertEquals(
                Path.of("C:\\Riot Games\\League of Legends"),
                ClientLocator.installDirectory("C:\\Riot Games\\League of Legends\\"));
        assertEquals(Path.of("/"), ClientLocator.installDirectory("/"));
    }
}
