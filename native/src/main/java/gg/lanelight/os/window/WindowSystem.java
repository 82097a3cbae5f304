package gg.lanelight.os.window;

import gg.lanelight.os.OperatingSystem;

/**
 * Explains, in words a player can act on, why no window implementation fits this session. A Wayland session without
 * XWayland gets no overlay at all, because Wayland lets no application place or stack its windows over others.
 */
final class WindowSystem {
    private WindowSystem() {}

    static String unsupportedReason() {
        OperatingSystem os = OperatingSystem.current();
        if (os == OperatingSystem.LINUX) {
            return linuxReason(System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"));
        }
        if (os == OperatingSystem.MAC) {
            return "the in-game overlay is not available on macOS yet; use the main window during the game.";
        }
        return "the in-game overlay is not available on " + System.getProperty("os.name")
                + "; use the main window during the game.";
    }

    static String linuxReason(String display, String waylandDisplay) {
        boolean hasX = display != null && !display.isBlank();
        boolean hasWayland = waylandDisplay != null && !waylandDisplay.isBlank();
        if (!hasX && hasWayland) {
            return "this is a Wayland session without X11 (WAYLAND_DISPLAY=" + waylandDisplay + ", no DISPLAY), and"
                    + " Wayland does not let applications place or stack windows over others; log in to an X11"
                    + " session or start Lanelight under XWayland with DISPLAY set.";
        }
        if (!hasX) {
            return "no X display is set (DISPLAY is empty); start Lanelight from a desktop session.";
        }
        return "the X display " + display + " could not be used (is the X server running, and are libX11 and"
                + " libXfixes installed?).";
    }
}
