package gg.lanelight.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.process.ProcessCommandLineReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finds a real child process by its command line through the OS's process reader (/proc on Linux). */
class ClientLocatorIT {

    @TempDir
    Path temp;

    private Process fakeClient;

    @AfterEach
    void stopFakeClient() throws InterruptedException {
        if (fakeClient != null) {
            fakeClient.destroy();
            fakeClient.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void findsAChildProcessCarryingTheClientArguments() throws Exception {
        assumeTrue(OperatingSystem.current() == OperatingSystem.LINUX, "the child is started with sh");
        Path installDirectory =
                Files.createDirectories(temp.resolve("Riot Games").resolve("League of Legends"));
        String token = "it-" + UUID.randomUUID().toString().replace("-", "");
        int port = 50000 + (int) (ProcessHandle.current().pid() % 10000);

        // sh keeps the arguments after the script in its own command line; "& wait" stops it from exec-ing sleep.
        fakeClient = new ProcessBuilder(
                        "sh",
                        "-c",
                        "sleep 30 & wait",
                        "LeagueClientUx",
                        "--app-port=" + port,
                        "--remoting-auth-token=" + token,
                        "--install-directory=" + installDirectory + "/")
                .start();
        Files.writeString(
                installDirectory.resolve("lockfile"),
                "LeagueClient:" + fakeClient.pid() + ":" + port + ":" + token + ":https\n");

        List<String> problems = new ArrayList<>();
        ClientCredentials found = new ClientLocator(ProcessCommandLineReader.forCurrentOs(), List.of())
                .candidatesFromProcesses(problems).stream()
                        .filter(candidate -> candidate.token().equals(token))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("child not found; problems: " + problems));

        assertEquals(port, found.port());
        assertEquals(fakeClient.pid(), found.pid());
        assertEquals(installDirectory, found.installDirectory());
        assertTrue(fakeClient.isAlive());
    }
}
