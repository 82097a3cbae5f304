package gg.lanelight.app.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognises a damaged history file and keeps it, renamed, so a fresh one can take its place. */
final class DamagedFiles {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_NAME_ATTEMPTS = 100;

    /** SQLite's companions of a database file, which belong to it and move with it. */
    private static final String[] COMPANION_SUFFIXES = {"-wal", "-shm", "-journal"};

    private DamagedFiles() {}

    /** True when SQLite says the file is not a database or its content is damaged. */
    static boolean isDamage(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            int primaryCode = code.code & 0xff;
            return primaryCode == SQLiteErrorCode.SQLITE_CORRUPT.code
                    || primaryCode == SQLiteErrorCode.SQLITE_NOTADB.code;
        }
        return false;
    }

    /**
     * Renames {@code databaseFile} to {@code <name>.corrupt-<UTC timestamp>} in the same folder (with its -wal, -shm
     * and -journal companions, if any) and returns the new path. Never deletes anything.
     */
    static Path moveAside(Path databaseFile, Clock clock) throws IOException {
        Path target = freeName(databaseFile, STAMP.format(clock.instant()));
        Files.move(databaseFile, target);
        for (String suffix : COMPANION_SUFFIXES) {
            Path companion = databaseFile.resolveSibling(databaseFile.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, target.resolveSibling(target.getFileName() + suffix));
            }
        }
        return target;
    }

    private static Path freeName(Path databaseFile, String stamp) throws IOException {
        String base = databaseFile.getFileName() + ".corrupt-" + stamp;
        for (int attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
            Path candidate = databaseFile.resolveSibling(attempt == 1 ? base : base + "-" + attempt);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no free name beside " + databaseFile + " to keep the damaged file under");
    }
}
