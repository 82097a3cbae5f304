package gg.lanelight.app.history;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Lanelight keeps the player's data on each operating system. */
public final class DataFolders {

    private DataFolders() {}

    /**
     * The per-user data folder, never null; it may not exist yet. Linux and other Unix: {@code $XDG_DATA_HOME/lanelight}
     * or {@code ~/.local/share/lanelight}; Windows: {@code %APPDATA%\Lanelight}; macOS:
     * {@code ~/Library/Application Support/Lanelight}.
     */
    public static Path defaultDataDir() {
        return defaultDataDir(
                System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultDataDir(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windowsRoaming(environment, home).resolve("Lanelight");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Lanelight");
        }
        return xdgDataHome(environment, home).resolve("lanelight");
    }

    private static Path windowsRoaming(Map<String, String> environment, Path home) {
        String appData = environment.get("APPDATA");
        return isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
    }

    /** The XDG spec says to ignore a relative $XDG_DATA_HOME, so only an absolute one counts. */
    private static Path xdgDataHome(Map<String, String> environment, Path home) {
        String dataHome = environment.get("XDG_DATA_HOME");
        if (isSet(dataHome) && Path.of(dataHome).isAbsolute()) {
            return Path.of(dataHome);
        }
        return home.resolve(".local").resolve("share");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
