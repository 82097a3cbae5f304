package gg.lanelight.os.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.platform.unix.X11;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The error trap must keep X errors on our connection from ending the process, and leave other connections alone. */
@ExtendWith(X11DisplayExtension.class)
class X11SessionIT {
    /** An id in the range of the 255th client, which no test session reaches. */
    private static final X11.Window NO_SUCH_WINDOW = new X11.Window(0x1FFFFFFEL);

    @Test
    void errorsOnTheSessionAreCountedAndErrorsElsewhereGoToTheEarlierHandler(X11TestDisplay toolkit) throws Exception {
        AtomicInteger toolkitErrors = new AtomicInteger();
        X11.XErrorHandler toolkitHandler = (display, error) -> toolkitErrors.incrementAndGet();
        X11.XErrorHandler original = X11.INSTANCE.XSetErrorHandler(toolkitHandler);

        try {
            try (X11Session session = X11Session.open()) {
                causeBadWindow(toolkit.display());
                assertEquals(1, toolkitErrors.get(), "the toolkit's error went to the toolkit's handler");

                assertTrue(session.attributes(NO_SUCH_WINDOW).isEmpty());
                X11.INSTANCE.XMapWindow(session.display(), NO_SUCH_WINDOW);
                assertFalse(session.syncSucceeded(), "the session saw its own error");
                assertEquals(1, toolkitErrors.get(), "the session's errors stayed in the session");
            }

            causeBadWindow(toolkit.display());
            assertEquals(2, toolkitErrors.get(), "closing the session put the toolkit's handler back");
        } finally {
            X11.INSTANCE.XSetErrorHandler(original);
        }
    }

    private static void causeBadWindow(X11.Display display) {
        X11.INSTANCE.XMapWindow(display, NO_SUCH_WINDOW);
        X11.INSTANCE.XSync(display, false);
    }
}
