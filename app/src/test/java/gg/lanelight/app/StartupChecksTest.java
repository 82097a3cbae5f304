package gg.lanelight.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.app.client.TestTls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stops the app before it logs or opens a window: bad --trust-ca, an unusable data folder, no display. */
class StartupChecksTest {

    @TempDir
    Path temp;

    @Test
    void aMissingTrustCaFileIsNamed() {
        Path missing = temp.resolve("no-such-ca.pem");

        String problem = StartupChecks.trustCaProblem(Optional.of(missing)).orElseThrow();

        assertTrue(problem.contains(missing.toString()) && problem.contains("does not exist"), problem);
    }

    @Test
    void aFileThatIsNoCertificateIsRefusedAndARealOneAccepted() throws Exception {
        Path notPem = Files.writeString(temp.resolve("notes.txt"), "just some words\n");

        String problem = StartupChecks.trustCaProblem(Optional.of(notPem)).orElseThrow();

        assertTrue(problem.startsWith("--trust-ca") && problem.contains(notPem.toString()), problem);
        assertEquals(
                Optional.empty(),
                StartupChecks.trustCaProblem(Optional.of(TestTls.create(temp).caPem())));
    }

    @Test
    void aDataFolderBlockedByAFileIsRefusedAndAFreshOneCreated() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        String problem = StartupChecks.dataDirProblem(file.resolve("lanelight")).orElseThrow();

        assertTrue(problem.contains("--data-dir"), problem);
        assertEquals(Optional.empty(), StartupChecks.dataDirProblem(temp.resolve("fresh")));
        assertTrue(Files.isDirectory(temp.resolve("fresh").resolve("logs")));
    }

    @Test
    void withoutDisplayOnLinuxOneLineSaysWhatToDo() {
        assertEquals(Optional.of(StartupChecks.NO_DISPLAY), StartupChecks.displayProblem("Linux", Map.of()));
        assertEquals(Optional.empty(), StartupChecks.displayProblem("Linux", Map.of("DISPLAY", ":99")));
        assertEquals(Optional.empty(), StartupChecks.displayProblem("Windows 11", Map.of()));
    }
}
