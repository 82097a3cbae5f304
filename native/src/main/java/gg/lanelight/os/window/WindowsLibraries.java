package gg.lanelight.os.window;

import org.slf4j.Logger;

/** Whether user32 loads, checked once per implementation when it is chosen. */
final class WindowsLibraries {
    private WindowsLibraries() {}

    static boolean load(Logger log) {
        try {
            return WindowsUser32.INSTANCE != null;
        } catch (LinkageError e) {
            log.debug("user32 did not load: {}", e.toString());
            return false;
        }
    }
}
