package gg.lanelight.app.client;

/** A payload from the client could not be understood; the message names the payload and what was wrong. */
public final class MalformedPayloadException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
