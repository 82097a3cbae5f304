package gg.lanelight.os.window;

import org.slf4j.Logger;

/** Whether X11 can be used in this session: DISPLAY is set, libX11 loads and the server accepts a connection. */
final class X11Availability {
    private X11Availability() {}

    static boolean displayOpens(Logger log) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            log.debug("X11 is not available: DISPLAY is not set");
            return false;
        }
        try {
            X11Session.open().close();
            return true;
        } catch (WindowAccessException | LinkageError e) {
            log.debug("X11 is not available on {}: {}", display, e.getMessage());
            return false;
        }
    }
}
