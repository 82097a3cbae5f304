package gg.lanelight.backend.snapshot;

import java.nio.file.Path;

/**
 * DuckDB's COPY takes its target as a literal, not a bound parameter, so the one path that goes into SQL text is
 * quoted here; the paths are ones this program created, and control characters are refused outright.
 */
public final class SqlPaths {
    private SqlPaths() {}

    /** The path as a single-quoted SQL string literal. */
    public static String literal(Path path) {
        String text = path.toAbsolutePath().toString();
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Refusing a file path with control characters: " + text.strip());
        }
        return "'" + text.replace("'", "''") + "'";
    }
}
