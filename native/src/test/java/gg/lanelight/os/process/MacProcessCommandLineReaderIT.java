package gg.lanelight.os.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the macOS reader against procps' ps on Linux, which accepts the same options; a real Mac is still untested. */
class MacProcessCommandLineReaderIT {
    @Test
    void findsARunningProcessThroughPs() throws Exception {
        MacProcessCommandLineReader reader = new MacProcessCommandLineReader();
        assumeTrue(reader.isAvailable(), "/bin/ps is missing");
        String token = "--remoting-auth-token=abc-" + UUID.randomUUID();
        Process child = new ProcessBuilder("/bin/sh", "-c", "read line", "probe", "--app-port=51873", token).start();

        try {
            List<ProcessCommandLine> found = reader.findByArgumentPrefix(token);

            assertEquals(
                    List.of(new ProcessCommandLine(
                            child.pid(), List.of("/bin/sh", "-c read line probe", "--app-port=51873", token))),
                    found);
        } finally {
            child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
