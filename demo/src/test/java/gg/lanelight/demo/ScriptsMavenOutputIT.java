package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/demo and scripts/test run Maven through scripts/lib/maven.sh, whose output has no terminal escapes. */
class ScriptsMavenOutputIT {

    private static final char ESCAPE = 0x1b;

    @Test
    void quietMavenThroughTheScriptsSettingsWritesNoEscapeSequences(@TempDir Path folder) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path output = folder.resolve("maven.txt");
        String command = "source scripts/lib/maven.sh && \"${plain_maven[@]}\" -q -o -N -f pom.xml validate";
        Process maven = new ProcessBuilder(List.of("bash", "-c", command))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        try {
            assertTrue(maven.waitFor(2, TimeUnit.MINUTES), "Maven did not finish within 2 minutes");
        } finally {
            maven.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);

        assertEquals(0, maven.exitValue(), text);
        assertFalse(text.indexOf(ESCAPE) >= 0, "escape sequences in: " + text.replace(ESCAPE, '^'));
        assertTrue(Files.readString(root.resolve("scripts/demo")).contains("source \"$root/scripts/lib/maven.sh\""));
        assertTrue(Files.readString(root.resolve("scripts/test")).contains("source scripts/lib/maven.sh"));
    }
}
