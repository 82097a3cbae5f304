package gg.lanelight.os.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.platform.unix.X11;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(X11DisplayExtension.class)
class X11OverlayStylerIT {
    private final X11OverlayStyler styler = new X11OverlayStyler();
    private final X11WindowTracker tracker = new X11WindowTracker();
    private final String title = "Lanelight overlay " + UUID.randomUUID();
    private X11TestDisplay screen;

    @BeforeEach
    void useDisplay(X11TestDisplay display) {
        screen = display;
    }

    @Test
    void emptiesTheInputShapeAndAsksToStayAboveAndOffTheTaskbar() throws Exception {
        X11.Window overlay = screen.createWindow(title, new WindowBounds(50, 60, 200, 100));
        screen.map(overlay);
        assertEquals(1, screen.inputShapeRectangles(overlay), "an unstyled window takes input everywhere");

        styler.makeClickThroughAndTopMost(tracker.findByTitle(title).orElseThrow());

        assertEquals(0, screen.inputShapeRectangles(overlay));
        List<Long> state = screen.atomList(overlay, "_NET_WM_STATE");
        assertTrue(state.contains(screen.atom("_NET_WM_STATE_ABOVE").longValue()), "state: " + state);
        assertTrue(state.contains(screen.atom("_NET_WM_STATE_SKIP_TASKBAR").longValue()), "state: " + state);
    }

    @Test
    void aClickOnTheStyledWindowReachesTheWindowBelow() throws Exception {
        assumeTrue(isXdotoolInstalled(), "xdotool is not installed: apt-get install xdotool");
        X11.Window below = screen.createWindow("below " + title, new WindowBounds(20, 20, 500, 400));
        screen.selectButtonPresses(below);
        screen.map(below);
        X11.Window overlay = screen.createWindow(title, new WindowBounds(100, 100, 200, 150));
        screen.selectButtonPresses(overlay);
        screen.map(overlay);
        NativeWindow found = tracker.findByTitle(title).orElseThrow();
        WindowBounds bounds = tracker.bounds(found).orElseThrow();

        clickAtCentreOf(bounds);
        assertTrue(screen.awaitButtonPress(overlay), "before styling, the overlay receives the click");

        styler.makeClickThroughAndTopMost(found);
        clickAtCentreOf(bounds);

        assertTrue(screen.awaitButtonPress(below), "after styling, the click goes to the window below");
        assertFalse(screen.takeButtonPress(overlay), "after styling, the overlay receives no click");
    }

    @Test
    void asksARunningWindowManagerWithAStateClientMessage() throws Exception {
        assumeFalse(windowManagerRuns(), "a real window manager runs on this display");
        X11.Window overlay = screen.createWindow(title, new WindowBounds(30, 30, 120, 80));
        screen.map(overlay);
        NativeWindow found = tracker.findByTitle(title).orElseThrow();
        screen.pretendToBeWindowManager(screen.createWindow("wm check " + title, new WindowBounds(0, 0, 1, 1)));

        try {
            styler.makeClickThroughAndTopMost(found);

            long[] request = screen.awaitClientMessage(overlay, "_NET_WM_STATE");
            long[] expected = {
                1,
                screen.atom("_NET_WM_STATE_ABOVE").longValue(),
                screen.atom("_NET_WM_STATE_SKIP_TASKBAR").longValue(),
                1,
                0
            };
            assertArrayEquals(expected, request, "add ABOVE and SKIP_TASKBAR, from a normal application");
            assertEquals(List.of(), screen.atomList(overlay, "_NET_WM_STATE"), "the window manager owns the state");
            assertEquals(0, screen.inputShapeRectangles(overlay));
        } finally {
            screen.stopPretendingToBeWindowManager();
        }
    }

    private static boolean windowManagerRuns() throws WindowAccessException {
        try (X11Session session = X11Session.open()) {
            return X11OverlayStyler.isWindowManagerRunning(session);
        }
    }

    @Test
    void stylingAClosedWindowFailsWithAnExplanation() throws Exception {
        X11.Window overlay = screen.createWindow(title, new WindowBounds(10, 10, 50, 50));
        screen.map(overlay);
        NativeWindow found = tracker.findByTitle(title).orElseThrow();
        screen.destroy(overlay);

        WindowAccessException failure =
                assertThrows(WindowAccessException.class, () -> styler.makeClickThroughAndTopMost(found));

        assertTrue(failure.getMessage().contains("may have closed"), failure.getMessage());
    }

    @Test
    void isChosenAndSupportedInThisX11Session() {
        OverlayWindowStyler chosen = OverlayWindowStyler.forCurrentOs();

        assertTrue(chosen instanceof X11OverlayStyler);
        assertTrue(chosen.isSupported());
    }

    private static boolean isXdotoolInstalled() {
        return List.of(System.getenv("PATH").split(":")).stream()
                .anyMatch(directory -> new File(directory, "xdotool").canExecute());
    }

    private static void clickAtCentreOf(WindowBounds bounds) throws IOException, InterruptedException {
        int x = bounds.x() + bounds.width() / 2;
        int y = bounds.y() + bounds.height() / 2;
        Process xdotool = new ProcessBuilder(
                        "xdotool", "mousemove", Integer.toString(x), Integer.toString(y), "click", "1")
                .redirectErrorStream(true)
                .start();
        if (!xdotool.waitFor(10, TimeUnit.SECONDS)) {
            xdotool.destroyForcibly();
            throw new AssertionError("xdotool did not finish within 10 s");
        }
        assertEquals(0, xdotool.exitValue(), new String(xdotool.getInputStream().readAllBytes()));
    }
}
