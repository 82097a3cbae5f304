package gg.lanelight.os.process;

/** Reading other processes' command lines failed; the message says what was attempted and what to do. */
public final class ProcessReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProcessReadException(String message) {
        super(message);
    }

    public ProcessReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
