package gg.lanelight.app.history;

import java.nio.file.Path;
import java.util.Optional;

/** Reading or writing the local match history failed; the message says what happened and what to do. */
public final class HistoryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path keptAs;

    public HistoryException(String message, Throwable cause) {
        this(message, cause, null);
    }

    HistoryException(String message, Throwable cause, Path keptAs) {
        super(message, cause);
        this.keptAs = keptAs;
    }

    /** Where a damaged history file was moved to, when that is why opening failed; otherwise empty. */
    public Optional<Path> keptAs() {
        return Optional.ofNullable(keptAs);
    }
}
