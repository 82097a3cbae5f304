package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's own exit codes: a bad command line, and a simulated client that fails during the demo. */
class LauncherFailuresIT {

    private static final Duration LIMIT = Duration.ofMinutes(1);

    @TempDir
    Path folder;

    @Test
    void aBadCommandLineExitsWithTwoAndTheUsage() throws Exception {
        try (DemoProcess demo = DemoProcess.start(folder, "--speed=fast")) {
            int exitCode = demo.awaitExit(LIMIT);

            assertEquals(2, exitCode, demo.logTails());
            assertTrue(demo.launcherOutput().contains("Usage:"), demo.logTails());
        }
    }

    /** Two demos started together both find the port free; the second one's client can then not bind it. */
    @Test
    void aLivePortTakenBeforeGameStartStopsTheDemoWithTheSimulatorsMessage() throws Exception {
        int livePort = LoopbackPorts.unusedPort();
        try (DemoProcess demo = DemoProcess.start(folder, "--no-backend", "--speed=60", "--live-port=" + livePort)) {
            demo.awaitLauncherLine("Simulated client ready", LIMIT);

            try (ServerSocket otherGame = new ServerSocket(livePort, 1, InetAddress.getLoopbackAddress())) {
                int exitCode = demo.awaitExit(LIMIT);

                assertEquals(1, exitCode, demo.logTails());
                String output = demo.launcherOutput();
                assertTrue(output.contains("simulated League client exited with code 3"), demo.logTails());
                assertTrue(output.contains("Live Client port " + livePort), demo.logTails());
            }
        }
    }
}
