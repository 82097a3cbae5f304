package gg.lanelight.os.window;

/** Finding, measuring or styling a native window failed; the message says what was attempted and what to do. */
public final class WindowAccessException extends Exception {
    private static final long serialVersionUID = 1L;

    public WindowAccessException(String message) {
        super(message);
    }

    public WindowAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
