package gg.lanelight.os.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowSystemTest {
    @Test
    void explainsThatAWaylandSessionWithoutXIsUnsupported() {
        String reason = WindowSystem.linuxReason(null, "wayland-0");

        assertTrue(reason.contains("Wayland"), reason);
        assertTrue(reason.contains("X11 session"), reason);
    }

    @Test
    void explainsAMissingDisplay() {
        assertTrue(WindowSystem.linuxReason("", null).contains("DISPLAY is empty"));
    }

    @Test
    void unsupportedImplementationsFailWithTheReason() {
        NativeWindow window = new NativeWindow(1, "League of Legends (TM) Client");
        UnsupportedOverlayWindowStyler styler = new UnsupportedOverlayWindowStyler("because of the test");

        WindowAccessException failure =
                assertThrows(WindowAccessException.class, () -> styler.makeClickThroughAndTopMost(window));

        assertFalse(styler.isSupported());
        assertTrue(failure.getMessage().contains("because of the test"), failure.getMessage());
        assertThrows(WindowAccessException.class, () -> new UnsupportedWindowTracker("x").bounds(window));
    }
}
