package gg.lanelight.app.history;

/** Reading or writing the local match history failed; the message says what happened and what to do. */
public final class HistoryException extends Exception {

    private static final long serialVersionUID = 1L;

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
