package gg.lanelight.simulator.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.lanelight.simulator.InProcess;
import gg.lanelight.simulator.Simulator;
import gg.lanelight.simulator.TestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated client keeps its CA across restarts, as the real client keeps Riot's. */
class SimulatorCaTest {

    private static final String SUMMONER = "/lol-summoner/v1/current-summoner";

    @Test
    void aRestartedClientServesCertificatesOfTheSameCa(@TempDir Path folder) throws Exception {
        Path trustedPem = folder.resolve("trusted-ca.pem");
        try (Simulator first = InProcess.start(folder, "demo", 1)) {
            Files.copy(first.caPem(), trustedPem);
            assertEquals(
                    200, client(trustedPem, first).lcu("GET", SUMMONER, null).statusCode());
        }

        try (Simulator second = InProcess.start(folder, "demo", 1)) {
            assertEquals(Files.readString(trustedPem), Files.readString(second.caPem()));
            assertEquals(
                    200, client(trustedPem, second).lcu("GET", SUMMONER, null).statusCode());
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(SimulatorCa.keyFileOf(second.caPem()))));
        }
    }

    private static TestClient client(Path trustedPem, Simulator simulator) throws Exception {
        return new TestClient(trustedPem, simulator.lcuPort(), InProcess.TOKEN);
    }
}
