package gg.lanelight.app.history;

import java.nio.file.Path;
import java.util.List;

/**
 * The local match history in a SQLite file. Thread-safe; every method blocks on disk I/O and must never run on the
 * JavaFX thread.
 */
public final class HistoryStore implements AutoCloseable {

    private HistoryStore() {}

    /** Opens (creating folders, file and schema as needed) the history in {@code databaseFile}. */
    public static HistoryStore open(Path databaseFile) throws HistoryException {
        throw new HistoryException("not implemented yet: " + databaseFile, null);
    }

    /** Saves a game, replacing the row for the same (gameId, puuid) unless that row is complete and this one is not. */
    public void save(MatchRecord match) throws HistoryException {
        throw new HistoryException("not implemented yet", null);
    }

    /** The player's last {@code limit} games, newest first. */
    public List<MatchRecord> recent(String puuid, int limit) throws HistoryException {
        throw new HistoryException("not implemented yet", null);
    }

    /** The last {@code limit} games of every player on this computer, newest first. */
    public List<MatchRecord> recent(int limit) throws HistoryException {
        throw new HistoryException("not implemented yet", null);
    }

    @Override
    public void close() {}
}
