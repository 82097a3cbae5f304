package gg.lanelight.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void defaultsFollowTheArchitecture() {
        SimulatorOptions options = SimulatorOptions.parse(new String[] {"--install-directory=/tmp/lol"});

        assertEquals("demo", options.scenario());
        assertEquals(1.0, options.speed());
        assertEquals(2999, options.livePort());
        assertEquals(Path.of("/tmp/lol/lanelight-simulator-ca.pem"), options.caOut());
        assertEquals(SimulatorOptions.StartMode.ON_SUBSCRIBE, options.start());
        assertFalse(options.exitWhenDone());
        assertFalse(options.isClientUx());
    }

    @Test
    void clientUxArgumentsMakeTheClientUxProcess() {
        String[] args = SimulatorOptions.clientUxArguments(51873, "abc_DEF-1", Path.of("/tmp/lol"), 42)
                .toArray(String[]::new);

        SimulatorOptions options = SimulatorOptions.parse(args);

        assertTrue(options.isClientUx());
        assertEquals(51873, options.appPort());
        assertEquals(42L, options.appPid());
    }

    @Test
    void badArgumentsSayWhatIsExpected() {
        assertTrue(message("--speed=fast").contains("positive number"));
        assertTrue(message("--live-port=70000").contains("1..65535"));
        assertTrue(message("--start=later").contains("on-subscribe or immediately"));
        assertTrue(message("--colour=blue").contains("Unknown option --colour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse(new String[0]))
                .getMessage()
                .contains("--install-directory=DIR is required"));
    }

    private static String message(String argument) {
        return assertThrows(
                        IllegalArgumentException.class,
                        () -> SimulatorOptions.parse(new String[] {"--install-directory=/tmp/lol", argument}))
                .getMessage();
    }
}
