package gg.lanelight.demo;

/** The demo could not start or run; the message says what happened and what to do (it names the log to read). */
class DemoException extends Exception {

    private static final long serialVersionUID = 1L;

    DemoException(String message) {
        super(message);
    }

    DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}
