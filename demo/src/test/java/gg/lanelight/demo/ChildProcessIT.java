package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child JVMs running {@link TestChild}: ready lines, logs, failures that name the log, and stopping. */
class ChildProcessIT {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void theReadyLineGivesWhatFollowsThePrefixAndEveryLineGoesToTheLog() throws Exception {
        Path log = folder.resolve("logs").resolve("child.log");
        ChildProcess child = start(log, "serve");

        assertEquals("http://127.0.0.1:1234", child.awaitReady(LIMIT));
        child.stop(Duration.ofSeconds(5));

        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.contains("warming up"), lines.toString());
        assertTrue(lines.contains("CHILD READY http://127.0.0.1:1234"), lines.toString());
        assertFalse(ProcessHandle.of(child.pid()).map(ProcessHandle::isAlive).orElse(false), "the child is gone");
    }

    @Test
    void aChildThatExitsBeforeItIsReadyIsReportedWithItsLogAndLastLines() throws Exception {
        Path log = folder.resolve("child.log");
        ChildProcess child = start(log, "fail");

        DemoException failure = assertThrows(DemoException.class, () -> child.awaitReady(LIMIT));

        assertTrue(failure.getMessage().contains("exited with code 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains(log.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("no data folder given"), failure.getMessage());
    }

    @Test
    void aSilentChildTimesOutWithAMessageNamingTheReadyLine() throws Exception {
        ChildProcess child = start(folder.resolve("child.log"), "hang");
        try {
            DemoException failure = assertThrows(DemoException.class, () -> child.awaitReady(Duration.ofMillis(500)));

            assertTrue(failure.getMessage().contains("did not report 'CHILD READY'"), failure.getMessage());
        } finally {
            child.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aChildThatDiesAfterItIsReadyIsReportedWithItsCodeAndLog() throws Exception {
        Path log = folder.resolve("child.log");
        ChildProcess child = start(log, "serve");
        CompletableFuture<ChildProcess.UnexpectedExit> reported = new CompletableFuture<>();
        child.awaitReady(LIMIT);
        child.watch(reported::complete);

        ProcessHandle.of(child.pid()).ifPresent(ProcessHandle::destroyForcibly);
        ChildProcess.UnexpectedExit exit = reported.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);

        assertEquals(128 + 9, exit.exitCode(), "SIGKILL");
        assertTrue(exit.description().contains("exited with code 137 during the demo"), exit.description());
        assertTrue(exit.description().contains(log.toString()), exit.description());
        assertTrue(exit.description().contains("CHILD READY"), exit.description());
        child.stop(Duration.ofSeconds(5));
    }

    private static ChildProcess start(Path log, String behaviour) throws DemoException {
        return ChildProcess.start(
                "test child",
                System.getProperty("java.class.path"),
                TestChild.class.getName(),
                List.of(behaviour),
                log,
                "CHILD READY ");
    }
}
