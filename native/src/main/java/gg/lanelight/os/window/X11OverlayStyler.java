package gg.lanelight.os.window;

import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import gg.lanelight.os.ForOperatingSystem;
import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.OsFeature;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Click-through by giving the window an empty input shape (XFixes), so the X server delivers pointer events to
 * whatever is below; kept above through EWMH {@code _NET_WM_STATE_ABOVE}.
 */
@ForOperatingSystem(OperatingSystem.LINUX)
public final class X11OverlayStyler implements OverlayWindowStyler, OsFeature {
    private static final Logger LOG = LoggerFactory.getLogger(X11OverlayStyler.class);

    /** EWMH _NET_WM_STATE client message actions. */
    private static final long NET_WM_STATE_ADD = 1;
    /** EWMH source indication: a normal application. */
    private static final long SOURCE_APPLICATION = 1;

    private volatile XFixes xFixes;

    @Override
    public boolean isAvailable() {
        return X11Availability.displayOpens(LOG) && loadXFixes().isPresent();
    }

    @Override
    public boolean isSupported() {
        return isAvailable();
    }

    @Override
    public void makeClickThroughAndTopMost(NativeWindow window) throws WindowAccessException {
        XFixes library = loadXFixes()
                .orElseThrow(() -> new WindowAccessException("Could not make \"" + window.title()
                        + "\" click-through: libXfixes is missing; install the libxfixes3 package."));
        X11.Window x11Window = new X11.Window(window.handle());

        try (X11Session session = X11Session.open()) {
            requireOpen(session, x11Window, window.title());
            passInputThrough(session, library, x11Window, window.title());
            keepAbove(session, x11Window);
            requireOpen(session, x11Window, window.title());
        }
        LOG.debug("Made window {} click-through and kept above", window.handle());
    }

    /**
     * Asks the server whether the window still exists and whether any request failed. Inside a JavaFX process GTK's
     * error handler sits above ours and silently drops errors on our connection, so the reply is what counts.
     */
    private static void requireOpen(X11Session session, X11.Window window, String title) throws WindowAccessException {
        boolean succeeded = session.syncSucceeded();
        if (!succeeded || session.attributes(window).isEmpty()) {
            throw new WindowAccessException("Could not make \"" + title
                    + "\" a click-through overlay: the X server refused; the window may have closed. Show it again.");
        }
    }

    private Optional<XFixes> loadXFixes() {
        if (xFixes == null) {
            try {
                xFixes = XFixes.load();
            } catch (LinkageError e) {
                LOG.debug("libXfixes did not load: {}", e.getMessage());
            }
        }
        return Optional.ofNullable(xFixes);
    }

    private static void passInputThrough(X11Session session, XFixes library, X11.Window window, String title)
            throws WindowAccessException {
        X11.Display display = session.display();
        if (!library.XFixesQueryExtension(display, new IntByReference(), new IntByReference())) {
            throw new WindowAccessException("Could not make \"" + title
                    + "\" click-through: the X server has no XFixes extension; use an X server that has it (Xorg,"
                    + " Xwayland and Xvfb do).");
        }

        NativeLong emptyRegion = library.XFixesCreateRegion(display, null, 0);
        library.XFixesSetWindowShapeRegion(display, window, XFixes.SHAPE_INPUT, 0, 0, emptyRegion);
        library.XFixesDestroyRegion(display, emptyRegion);
    }

    /**
     * A running window manager owns _NET_WM_STATE of mapped windows and changes it only on request; without one we
     * set the property ourselves (a later window manager reads it) and raise the window once. Without a window
     * manager nothing enforces the above state, so a window raised later covers the overlay until it is styled again.
     */
    private static void keepAbove(X11Session session, X11.Window window) {
        X11.Atom state = session.atom("_NET_WM_STATE");
        X11.Atom above = session.atom("_NET_WM_STATE_ABOVE");
        X11.Atom skipTaskbar = session.atom("_NET_WM_STATE_SKIP_TASKBAR");

        if (isWindowManagerRunning(session)) {
            askWindowManager(session, window, state, above, skipTaskbar);
        } else {
            addToStateProperty(session, window, state, above, skipTaskbar);
            X11.INSTANCE.XRaiseWindow(session.display(), window);
        }
    }

    /** EWMH: the root's _NET_SUPPORTING_WM_CHECK names a child window that still exists while the manager runs. */
    static boolean isWindowManagerRunning(X11Session session) {
        X11.Atom check = session.atom("_NET_SUPPORTING_WM_CHECK");
        Optional<long[]> checkWindow = session.longsProperty(session.root(), check, X11.XA_WINDOW);
        return checkWindow
                .filter(ids -> ids.length > 0)
                .flatMap(ids -> session.attributes(new X11.Window(ids[0])))
                .isPresent();
    }

    private static void askWindowManager(
            X11Session session, X11.Window window, X11.Atom state, X11.Atom above, X11.Atom skipTaskbar) {
        X11.XEvent request = clientMessage(
                session,
                window,
                state,
                NET_WM_STATE_ADD,
                above.longValue(),
                skipTaskbar.longValue(),
                SOURCE_APPLICATION);

        NativeLong toWindowManager = new NativeLong(X11.SubstructureRedirectMask | X11.SubstructureNotifyMask);
        X11.INSTANCE.XSendEvent(session.display(), session.root(), 0, toWindowManager, request);
        LOG.debug("Asked the window manager to keep window {} above", window.longValue());
    }

    /** A format-32 ClientMessage about window; data beyond the given longs is zero. */
    private static X11.XEvent clientMessage(X11Session session, X11.Window window, X11.Atom type, long... data) {
        X11.XEvent event = new X11.XEvent();
        event.type = X11.ClientMessage;
        event.setType(X11.XClientMessageEvent.class);

        X11.XClientMessageEvent message = event.xclient;
        message.type = X11.ClientMessage;
        message.display = session.display();
        message.window = window;
        message.message_type = type;
        message.format = 32;
        message.data.setType(NativeLong[].class);
        for (int i = 0; i < message.data.l.length; i++) {
            message.data.l[i] = new NativeLong(i < data.length ? data[i] : 0);
        }
        return event;
    }

    private static void addToStateProperty(
            X11Session session, X11.Window window, X11.Atom state, X11.Atom above, X11.Atom skipTaskbar) {
        long[] current = session.longsProperty(window, state, X11.XA_ATOM).orElse(new long[0]);
        long[] wanted = LongStream.concat(
                        Arrays.stream(current), LongStream.of(above.longValue(), skipTaskbar.longValue()))
                .distinct()
                .toArray();
        session.setLongsProperty(window, state, X11.XA_ATOM, wanted);
        LOG.debug("No window manager runs: set _NET_WM_STATE of window {} directly", window.longValue());
    }
}
