package gg.lanelight.app.stats;

/** A call to the Lanelight stats service failed; the message says what happened and what the player can do. */
public final class StatsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the call failed, so the caller can choose what to show. */
    public enum Kind {
        /** No answer: connection refused, timed out, or the connection broke. */
        UNREACHABLE,
        /** The service has no data for the champion, role or player asked about (HTTP 404). */
        NOT_FOUND,
        /** The service rejected the request as invalid (HTTP 400, or a request refused before sending). */
        BAD_REQUEST,
        /** The service answered with an error status (5xx, or another unexpected one). */
        SERVICE_ERROR,
        /** The service answered 2xx with a body that is not the expected JSON. */
        BAD_RESPONSE
    }

    private final Kind kind;

    public StatsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public StatsException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
