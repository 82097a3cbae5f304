package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoOptionsTest {

    @Test
    void defaultsAreTheFullDemo() throws DemoException {
        DemoOptions options = DemoOptions.parse("--demo");

        assertEquals(30, options.speed());
        assertEquals(50_000, options.matches());
        assertEquals(2999, options.livePort());
        assertFalse(options.exitWhenDone());
        assertFalse(options.noBackend());
        assertEquals(Optional.empty(), options.snapshots());
        assertEquals(Optional.empty(), options.dataDir());
    }

    @Test
    void valuesMayFollowAnEqualsSignOrComeAsTheNextArgument() throws DemoException {
        DemoOptions options = DemoOptions.parse(
                "--demo",
                "--snapshots",
                "/tmp/shots",
                "--speed=60",
                "--matches",
                "2000",
                "--exit-when-done",
                "--live-port=3999",
                "--no-backend",
                "--data-dir=/tmp/my data");

        assertEquals(Optional.of(Path.of("/tmp/shots")), options.snapshots());
        assertEquals(60, options.speed());
        assertEquals(2000, options.matches());
        assertEquals(3999, options.livePort());
        assertTrue(options.exitWhenDone());
        assertTrue(options.noBackend());
        assertEquals(Optional.of(Path.of("/tmp/my data")), options.dataDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--speed=0", "--speed=fast", "--matches=-5", "--live-port=70000", "--snapshots", "--what"})
    void badArgumentsAreNamedInTheMessage(String argument) {
        BadCommandLine failure = assertThrows(BadCommandLine.class, () -> DemoOptions.parse("--demo", argument));

        String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
        assertTrue(failure.getMessage().contains(name), failure.getMessage());
        assertTrue(failure.getMessage().contains("Usage:"), failure.getMessage());
    }

    @Test
    void theDemoModeMustBeAskedFor() {
        BadCommandLine failure = assertThrows(BadCommandLine.class, () -> DemoOptions.parse("--speed=30"));

        assertTrue(failure.getMessage().contains("--demo"), failure.getMessage());
    }
}
