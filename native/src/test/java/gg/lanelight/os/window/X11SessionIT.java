package gg.lanelight.os.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.platform.unix.X11;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** X errors on our connection must never end the process, whatever GTK does with its own error traps meanwhile. */
@ExtendWith(X11DisplayExtension.class)
class X11SessionIT {
    /** An id in the range of the 255th client, which no test session reaches. */
    private static final X11.Window NO_SUCH_WINDOW = new X11.Window(0x1FFFFFFEL);

    @Test
    void countsErrorsOnItsOwnConnection() throws Exception {
        try (X11Session session = X11Session.open()) {
            assertTrue(session.attributes(NO_SUCH_WINDOW).isEmpty());

            X11.INSTANCE.XMapWindow(session.display(), NO_SUCH_WINDOW);

            assertFalse(session.syncSucceeded());
            assertTrue(session.syncSucceeded(), "a later round trip without new errors succeeds");
        }
    }

    @Test
    void letsAToolkitTrapItsOwnErrorsAndCountsOursAgainAfterwards(X11TestDisplay toolkit) throws Exception {
        X11Session.open().close();

        AtomicInteger trappedByToolkit = new AtomicInteger();
        X11.XErrorHandler toolkitTrap = (display, error) -> trappedByToolkit.incrementAndGet();
        X11.XErrorHandler beforeTrap = X11.INSTANCE.XSetErrorHandler(toolkitTrap);
        causeBadWindow(toolkit.display());
        X11.INSTANCE.XSetErrorHandler(beforeTrap);
        assertEquals(1, trappedByToolkit.get(), "the toolkit's trap saw the toolkit's error");

        try (X11Session session = X11Session.open()) {
            X11.INSTANCE.XMapWindow(session.display(), NO_SUCH_WINDOW);
            assertFalse(session.syncSucceeded(), "after the toolkit's trap was popped, our handler is back");
        }
    }

    private static void causeBadWindow(X11.Display display) {
        X11.INSTANCE.XMapWindow(display, NO_SUCH_WINDOW);
        X11.INSTANCE.XSync(display, false);
    }
}
