package gg.lanelight.app.history;

import java.nio.file.Path;

/** Where Lanelight keeps the player's data on each operating system. */
public final class DataFolders {

    private DataFolders() {}

    /**
     * The per-user data folder (it may not exist yet): Linux {@code $XDG_DATA_HOME/lanelight} or
     * {@code ~/.local/share/lanelight}; Windows {@code %APPDATA%\Lanelight}; macOS
     * {@code ~/Library/Application Support/Lanelight}.
     */
    public static Path defaultDataDir() {
        throw new UnsupportedOperationException("arrives in the next commit");
    }
}
