package gg.lanelight.app.client;

/**
 * A call to the League client's local API failed. The message says what was attempted and what to do; it never
 * contains the auth token.
 */
public final class LcuException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final transient LcuError error;

    public LcuException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
        this.error = null;
    }

    public LcuException(String message, int httpStatus, LcuError error) {
        super(message);
        this.httpStatus = httpStatus;
        this.error = error;
    }

    /** The HTTP status the client answered with, or 0 when no answer arrived (refused, reset, TLS failure). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The client's error body, or null when it sent none that parses. */
    public LcuError error() {
        return error;
    }

    /** True when the client answered with a TLS certificate Lanelight does not trust (not Riot's, nor --trust-ca). */
    public boolean untrusted() {
        return getCause() instanceof javax.net.ssl.SSLException;
    }

    /** True when the client did not answer at all or refused our token: it is gone or restarted. */
    public boolean clientUnreachable() {
        return httpStatus == 0 || httpStatus == 401 || httpStatus == 403;
    }
}
