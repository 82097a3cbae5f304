package gg.lanelight.os.window;

import com.sun.jna.platform.unix.X11;
import gg.lanelight.os.ForOperatingSystem;
import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.OsFeature;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds windows on the X server named by DISPLAY (also XWayland). Each call opens its own connection, so the
 * tracker is thread-safe and survives an X server restart.
 */
@ForOperatingSystem(OperatingSystem.LINUX)
public final class X11WindowTracker implements WindowTracker, OsFeature {
    private static final Logger LOG = LoggerFactory.getLogger(X11WindowTracker.class);

    /**
     * How deep below the root a client window may sit: window managers put it inside a frame, and some put the frame
     * inside a further wrapper.
     */
    private static final int MAX_DEPTH = 3;

    @Override
    public boolean isAvailable() {
        return X11Availability.displayOpens(LOG);
    }

    @Override
    public Optional<NativeWindow> findByTitle(String title) throws WindowAccessException {
        try (X11Session session = X11Session.open()) {
            return findMapped(session, title).map(window -> new NativeWindow(window.longValue(), title));
        }
    }

    @Override
    public Optional<WindowBounds> bounds(NativeWindow window) throws WindowAccessException {
        try (X11Session session = X11Session.open()) {
            return boundsOf(session, new X11.Window(window.handle()));
        }
    }

    /** Breadth-first from the root, topmost windows first, so a stacked namesake below loses. */
    private static Optional<X11.Window> findMapped(X11Session session, String title) {
        Deque<Level> pending = new ArrayDeque<>();
        pending.add(new Level(session.root(), 0));
        while (!pending.isEmpty()) {
            Level parent = pending.poll();
            List<X11.Window> children = session.children(parent.window());
            for (int i = children.size() - 1; i >= 0; i--) {
                X11.Window child = children.get(i);
                if (isMappedWithTitle(session, child, title)) {
                    return Optional.of(child);
                }
                if (parent.depth() + 1 < MAX_DEPTH) {
                    pending.add(new Level(child, parent.depth() + 1));
                }
            }
        }
        return Optional.empty();
    }

    private record Level(X11.Window window, int depth) {}

    /** The title is checked first because it rules out almost every window; JavaFX adds an unmapped namesake. */
    private static boolean isMappedWithTitle(X11Session session, X11.Window window, String title) {
        boolean titled = session.title(window).filter(title::equals).isPresent();
        return titled
                && session.attributes(window).filter(X11WindowTracker::isMapped).isPresent();
    }

    private static boolean isMapped(X11.XWindowAttributes attributes) {
        return attributes.map_state == X11.IsViewable;
    }

    static Optional<WindowBounds> boundsOf(X11Session session, X11.Window window) {
        Optional<X11.XWindowAttributes> attributes = session.attributes(window).filter(X11WindowTracker::isMapped);
        if (attributes.isEmpty()) {
            return Optional.empty();
        }
        return session.positionOnScreen(window)
                .map(origin -> new WindowBounds(origin[0], origin[1], attributes.get().width, attributes.get().height));
    }
}
