package gg.lanelight.demo;

/** The launcher's command line is wrong; the message names the argument and shows the usage. */
final class BadCommandLine extends DemoException {

    private static final long serialVersionUID = 1L;

    BadCommandLine(String message) {
        super(message);
    }
}
