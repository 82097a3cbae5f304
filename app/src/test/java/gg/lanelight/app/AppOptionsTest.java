package gg.lanelight.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void readsEveryFlagOfTheDocumentedCommandLine() throws Exception {
        AppOptions options = AppOptions.parse(List.of(
                "--backend=http://127.0.0.1:41234",
                "--trust-ca=/tmp/sim-ca.pem",
                "--live-port=3999",
                "--install-directory=/opt/league",
                "--data-dir=/tmp/data",
                "--snapshots=/tmp/snaps",
                "--exit-when-done"));

        assertEquals(URI.create("http://127.0.0.1:41234"), options.backend());
        assertEquals(Optional.of(Path.of("/tmp/sim-ca.pem")), options.trustCa());
        assertEquals(3999, options.livePort());
        assertEquals(Optional.of(Path.of("/opt/league")), options.installDirectory());
        assertEquals(Optional.of(Path.of("/tmp/data")), options.dataDir());
        assertEquals(Optional.of(Path.of("/tmp/snaps")), options.snapshots());
        assertTrue(options.exitWhenDone());
    }

    @Test
    void defaultsMatchTheArchitecture() throws Exception {
        AppOptions options = AppOptions.parse(List.of());

        assertEquals(URI.create("http://127.0.0.1:8787"), options.backend());
        assertEquals(2999, options.livePort());
        assertFalse(options.exitWhenDone());
        assertTrue(options.snapshots().isEmpty());
    }

    @Test
    void aValueMayFollowItsFlagAsTheNextArgument() throws Exception {
        AppOptions options = AppOptions.parse(
                List.of("--backend", "http://127.0.0.1:41234", "--live-port", "3999", "--exit-when-done"));

        assertEquals(URI.create("http://127.0.0.1:41234"), options.backend());
        assertEquals(3999, options.livePort());
        assertTrue(options.exitWhenDone());
    }

    @Test
    void aFlagWithoutItsValueSaysTheValueIsMissing() {
        assertTrue(message("--backend").contains("--backend needs a value"), message("--backend"));
        String beforeAnotherFlag = assertThrows(
                        AppOptions.UsageException.class,
                        () -> AppOptions.parse(List.of("--trust-ca", "--exit-when-done")))
                .getMessage();
        assertTrue(beforeAnotherFlag.contains("--trust-ca needs a value"), beforeAnotherFlag);
    }

    @Test
    void badValuesAreNamedInTheMessage() {
        assertTrue(message("--live-port=70000").contains("--live-port"));
        assertTrue(message("--backend=ftp://x").contains("--backend"));
        assertTrue(message("--snapshots=").contains("--snapshots"));
        assertTrue(message("--colour=blue").contains("--colour"));
        assertTrue(message("stray").contains("stray"));
    }

    @Test
    void anUnknownFlagPrintsTheUsageAndExitsWithTwo() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(Main.EXIT_USAGE, Main.run(new String[] {"--no-such-flag"}));
        } finally {
            System.setErr(originalErr);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("--no-such-flag"));
        assertTrue(printed.contains("Usage: lanelight"));
    }

    private static String message(String argument) {
        return assertThrows(AppOptions.UsageException.class, () -> AppOptions.parse(List.of(argument)))
                .getMessage();
    }
}
