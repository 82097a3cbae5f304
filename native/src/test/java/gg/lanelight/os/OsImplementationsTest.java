package gg.lanelight.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.os.process.LinuxProcessCommandLineReader;
import gg.lanelight.os.process.MacProcessCommandLineReader;
import gg.lanelight.os.process.ProcessCommandLineReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsImplementationsTest {
    @ParameterizedTest
    @CsvSource({"Linux,LINUX", "Windows 11,WINDOWS", "Windows Server 2022,WINDOWS", "Mac OS X,MAC", "FreeBSD,OTHER"})
    void classifiesOsNames(String osName, OperatingSystem expected) {
        assertEquals(expected, OperatingSystem.fromName(osName));
    }

    @Test
    void choosesTheImplementationWrittenForTheOs() {
        assertTrue(
                OsImplementations.forOs(ProcessCommandLineReader.class, OperatingSystem.LINUX)
                                .orElseThrow()
                        instanceof LinuxProcessCommandLineReader);
        assertTrue(
                OsImplementations.forOs(ProcessCommandLineReader.class, OperatingSystem.MAC)
                                .orElseThrow()
                        instanceof MacProcessCommandLineReader);
    }

    @Test
    void skipsAnImplementationWhoseLibrariesDoNotLoadHere() {
        assertEquals(
                Optional.empty(), OsImplementations.forOs(ProcessCommandLineReader.class, OperatingSystem.WINDOWS));
    }

    @Test
    void findsNothingForAnOsWithoutImplementations() {
        assertEquals(Optional.empty(), OsImplementations.forOs(ProcessCommandLineReader.class, OperatingSystem.OTHER));
    }
}
