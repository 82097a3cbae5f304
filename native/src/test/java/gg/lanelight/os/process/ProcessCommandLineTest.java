package gg.lanelight.os.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessCommandLineTest {
    private final ProcessCommandLine client = new ProcessCommandLine(
            7, List.of("LeagueClientUx.exe", "--app-port=51873", "--remoting-auth-token=secret-token"));

    @Test
    void givesTheValueBehindAPrefix() {
        assertEquals(Optional.of("51873"), client.valueOf("--app-port="));
        assertEquals(Optional.empty(), client.valueOf("--region="));
    }

    @Test
    void neverPrintsItsArgumentsBecauseTheyCarryTheToken() {
        assertFalse(client.toString().contains("secret-token"), client.toString());
    }

    @Test
    void splitsProcCommandLinesAtNulWithOrWithoutTheFinalNul() {
        assertEquals(List.of("a b", "", "c"), LinuxProcessCommandLineReader.splitAtNul(bytes("a b\0\0c\0")));
        assertEquals(List.of("a", "c"), LinuxProcessCommandLineReader.splitAtNul(bytes("a\0c")));
        assertEquals(List.of(), LinuxProcessCommandLineReader.splitAtNul(bytes("")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
