package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimulatorReadyTest {

    @Test
    void theCaPathRunsToTheEndOfTheLineSpacesIncluded() throws DemoException {
        SimulatorReady ready = SimulatorReady.parse("lcu=https://127.0.0.1:51234 live=https://127.0.0.1:2999 "
                + "ca=/tmp/League of Legends 123/lanelight-simulator-ca.pem");

        assertEquals("https://127.0.0.1:51234", ready.lcuUrl());
        assertEquals("https://127.0.0.1:2999", ready.liveUrl());
        assertEquals(Path.of("/tmp/League of Legends 123/lanelight-simulator-ca.pem"), ready.caPem());
    }

    @Test
    void aLineWithoutTheThreeFieldsIsRejectedWithTheLineQuoted() {
        DemoException failure = assertThrows(DemoException.class, () -> SimulatorReady.parse("lcu=https://x"));

        assertTrue(failure.getMessage().contains("SIMULATOR READY lcu=https://x"), failure.getMessage());
    }
}
