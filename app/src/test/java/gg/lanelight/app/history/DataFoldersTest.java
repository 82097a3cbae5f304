package gg.lanelight.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFoldersTest {

    private static final Path HOME = Path.of("/home/kestrel");

    @Test
    void linuxUsesXdgDataHomeWhenItIsAbsolute() {
        assertEquals(
                Path.of("/data/xdg", "lanelight"),
                DataFolders.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutOrWithARelativeXdgDataHome() {
        Path expected = HOME.resolve(".local/share/lanelight");

        assertEquals(expected, DataFolders.defaultDataDir("Linux", Map.of(), HOME));
        assertEquals(expected, DataFolders.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "relative"), HOME));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\kestrel\\AppData\\Roaming";

        Path folder = DataFolders.defaultDataDir("Windows 11", Map.of("APPDATA", appData), HOME);

        assertEquals(Path.of(appData).resolve("Lanelight"), folder);
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(
                HOME.resolve("Library/Application Support/Lanelight"),
                DataFolders.defaultDataDir("Mac OS X", Map.of(), HOME));
    }

    @Test
    void thisComputerGetsAnAbsoluteFolder() {
        assertTrue(DataFolders.defaultDataDir().isAbsolute());
    }
}
