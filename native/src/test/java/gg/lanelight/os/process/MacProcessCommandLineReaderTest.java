package gg.lanelight.os.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MacProcessCommandLineReaderTest {
    @Test
    void splitsALeagueClientLineBeforeEachDashEvenWhenPathsHaveSpaces() {
        String line = "  4711 /Applications/League of Legends.app/Contents/LoL/LeagueClientUx \"--x\""
                + " --app-port=51873 --remoting-auth-token=abc_-1 --install-directory=/Applications/League of"
                + " Legends.app/Contents/LoL";

        Optional<ProcessCommandLine> parsed = MacProcessCommandLineReader.parseLine(line);

        assertEquals(
                Optional.of(new ProcessCommandLine(
                        4711,
                        List.of(
                                "/Applications/League of Legends.app/Contents/LoL/LeagueClientUx \"--x\"",
                                "--app-port=51873",
                                "--remoting-auth-token=abc_-1",
                                "--install-directory=/Applications/League of Legends.app/Contents/LoL"))),
                parsed);
    }

    @Test
    void readsAProcessWithoutArguments() {
        assertEquals(
                Optional.of(new ProcessCommandLine(1, List.of("/sbin/launchd"))),
                MacProcessCommandLineReader.parseLine("    1 /sbin/launchd"));
    }

    @Test
    void ignoresLinesWithoutAPidOrWithoutArguments() {
        assertEquals(Optional.empty(), MacProcessCommandLineReader.parseLine(""));
        assertEquals(Optional.empty(), MacProcessCommandLineReader.parseLine("  PID ARGS"));
        assertEquals(Optional.empty(), MacProcessCommandLineReader.parseLine("  42   "));
    }
}
