package gg.lanelight.os.window;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection to the X server for the length of one operation; sessions are serialised by a lock. A window that
 * vanishes between two calls raises BadWindow, and Xlib's default error handler would end the process, so the first
 * session installs an error handler for the rest of the process: it counts errors on the open session's connection
 * and hands errors on other connections to the handler that was there before, so they behave as without Lanelight.
 * GTK stacks its own handler above ours while it holds an error trap (JavaFX holds one for good) and restores ours
 * when it lets go; its handler drops errors on connections it did not open, so callers must judge success by reply
 * statuses and use the error count only as an extra signal.
 * Any forCurrentOs() call installs it; when that first happens after JavaFX has started, GTK may be inside a trap,
 * later restore Xlib's default handler over ours, and then a window closing during one of our calls ends the process,
 * so the app calls forCurrentOs() before Application.launch.
 */
final class X11Session implements AutoCloseable {
    private static final X11 X = X11.INSTANCE;
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final ErrorTrap TRAP = new ErrorTrap();

    /** Properties we read are short: titles and atom lists. This is the limit in 32-bit units. */
    private static final long PROPERTY_LIMIT = 4096;

    private static boolean trapInstalled;

    private final X11.Display display;
    private final X11.Window root;

    private X11Session(X11.Display display) {
        this.display = display;
        this.root = X.XDefaultRootWindow(display);
        installErrorTrapOnce();
        TRAP.watch(display);
    }

    /** Called under the lock. */
    private static void installErrorTrapOnce() {
        if (!trapInstalled) {
            TRAP.delegateTo(X.XSetErrorHandler(TRAP));
            trapInstalled = true;
        }
    }

    /** Opens the display named by DISPLAY; the caller must close the session on the same thread. */
    static X11Session open() throws WindowAccessException {
        LOCK.lock();
        try {
            X11.Display display = X.XOpenDisplay(null);
            if (display == null) {
                throw new WindowAccessException(
                        "Could not open the X display " + displayName() + "; is DISPLAY set and the X server running?");
            }
            return new X11Session(display);
        } catch (WindowAccessException | RuntimeException e) {
            LOCK.unlock();
            throw e;
        }
    }

    private static String displayName() {
        String name = System.getenv("DISPLAY");
        return name == null || name.isBlank() ? "(DISPLAY is not set)" : name;
    }

    X11.Display display() {
        return display;
    }

    X11.Window root() {
        return root;
    }

    X11.Atom atom(String name) {
        return X.XInternAtom(display, name, false);
    }

    /** Waits until the server has handled every request so far and says whether any of them failed. */
    boolean syncSucceeded() {
        int errorsBefore = TRAP.errorCount();
        X.XSync(display, false);
        return TRAP.errorCount() == errorsBefore;
    }

    /** The window's children from bottom to top of the stacking order; empty when it is gone. */
    List<X11.Window> children(X11.Window parent) {
        PointerByReference children = new PointerByReference();
        IntByReference count = new IntByReference();
        int status = X.XQueryTree(
                display, parent, new X11.WindowByReference(), new X11.WindowByReference(), children, count);
        if (status == 0) {
            return List.of();
        }
        return readWindowsAndFree(children.getValue(), count.getValue());
    }

    private static List<X11.Window> readWindowsAndFree(Pointer array, int count) {
        if (array == null) {
            return List.of();
        }
        List<X11.Window> windows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            windows.add(new X11.Window(
                    array.getNativeLong((long) i * NativeLong.SIZE).longValue()));
        }
        X.XFree(array);
        return windows;
    }

    /** Empty when the window is gone. */
    Optional<X11.XWindowAttributes> attributes(X11.Window window) {
        X11.XWindowAttributes attributes = new X11.XWindowAttributes();
        boolean found = X.XGetWindowAttributes(display, window, attributes) != 0;
        return found ? Optional.of(attributes) : Optional.empty();
    }

    /** The window's origin in root coordinates; empty when it is gone. */
    Optional<int[]> positionOnScreen(X11.Window window) {
        IntByReference x = new IntByReference();
        IntByReference y = new IntByReference();
        boolean translated = X.XTranslateCoordinates(display, window, root, 0, 0, x, y, new X11.WindowByReference());
        return translated ? Optional.of(new int[] {x.getValue(), y.getValue()}) : Optional.empty();
    }

    /** The EWMH title (_NET_WM_NAME, UTF-8), else the ICCCM one (WM_NAME); empty when untitled or gone. */
    Optional<String> title(X11.Window window) {
        Optional<String> ewmhTitle =
                textProperty(window, atom("_NET_WM_NAME"), atom("UTF8_STRING"), StandardCharsets.UTF_8);
        return ewmhTitle.isPresent()
                ? ewmhTitle
                : textProperty(window, X11.XA_WM_NAME, X11.XA_STRING, StandardCharsets.ISO_8859_1);
    }

    private Optional<String> textProperty(X11.Window window, X11.Atom property, X11.Atom type, Charset charset) {
        return property(window, property, type, 8).map(value -> new String(value.bytes(), charset));
    }

    /** A 32-bit list property (atoms, windows); Xlib hands each item over as a C long. Empty when absent. */
    Optional<long[]> longsProperty(X11.Window window, X11.Atom property, X11.Atom type) {
        return property(window, property, type, 32).map(PropertyValue::longs);
    }

    /** Replaces a 32-bit list property. */
    void setLongsProperty(X11.Window window, X11.Atom property, X11.Atom type, long[] items) {
        Memory data = new Memory((long) Math.max(1, items.length) * NativeLong.SIZE);
        for (int i = 0; i < items.length; i++) {
            data.setNativeLong((long) i * NativeLong.SIZE, new NativeLong(items[i]));
        }
        X.XChangeProperty(display, window, property, type, 32, X11.PropModeReplace, data, items.length);
    }

    private Optional<PropertyValue> property(X11.Window window, X11.Atom property, X11.Atom type, int format) {
        X11.AtomByReference actualType = new X11.AtomByReference();
        IntByReference actualFormat = new IntByReference();
        NativeLongByReference itemCount = new NativeLongByReference();
        PointerByReference value = new PointerByReference();
        int status = X.XGetWindowProperty(
                display,
                window,
                property,
                new NativeLong(0),
                new NativeLong(PROPERTY_LIMIT),
                false,
                type,
                actualType,
                actualFormat,
                itemCount,
                new NativeLongByReference(),
                value);
        if (status != X11.Success || value.getValue() == null) {
            return Optional.empty();
        }
        PropertyValue read = PropertyValue.copyAndFree(value.getValue(), actualFormat.getValue(), itemCount);
        return read.format() == format ? Optional.of(read) : Optional.empty();
    }

    @Override
    public void close() {
        try {
            X.XSync(display, false);
            TRAP.unwatch();
            X.XCloseDisplay(display);
        } finally {
            LOCK.unlock();
        }
    }

    /** A property value copied out of Xlib's memory; 32-bit items arrive as C longs. */
    private record PropertyValue(int format, byte[] bytes, long[] longs) {
        static PropertyValue copyAndFree(Pointer value, int format, NativeLongByReference itemCount) {
            int items = (int) itemCount.getValue().longValue();
            try {
                if (format == 32) {
                    long[] longs = new long[items];
                    for (int i = 0; i < items; i++) {
                        longs[i] =
                                value.getNativeLong((long) i * NativeLong.SIZE).longValue();
                    }
                    return new PropertyValue(format, new byte[0], longs);
                }
                return new PropertyValue(format, value.getByteArray(0, format == 8 ? items : 0), new long[0]);
            } finally {
                X.XFree(value);
            }
        }
    }

    /** Counts X errors on the watched connection and passes errors on other connections to the earlier handler. */
    private static final class ErrorTrap implements X11.XErrorHandler {
        private volatile Pointer watched;
        private volatile X11.XErrorHandler delegate;
        private volatile int errorCount;

        void watch(X11.Display display) {
            watched = display.getPointer();
        }

        void delegateTo(X11.XErrorHandler handler) {
            delegate = handler == this ? null : handler;
        }

        void unwatch() {
            watched = null;
        }

        int errorCount() {
            return errorCount;
        }

        @Override
        public int apply(X11.Display display, X11.XErrorEvent error) {
            Pointer current = watched;
            if (current != null && current.equals(display.getPointer())) {
                errorCount++;
                return 0;
            }
            X11.XErrorHandler earlier = delegate;
            return earlier == null ? 0 : earlier.apply(display, error);
        }
    }
}
