package gg.lanelight.os.window;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The test's own X connection: creates real windows at known geometry and inspects what the code under test did. */
final class X11TestDisplay implements AutoCloseable {
    private static final Duration EVENT_WAIT = Duration.ofSeconds(5);

    /** Xlib calls jna-platform leaves out. */
    interface Xlib extends X11 {
        Xlib INSTANCE = Native.load("X11", Xlib.class);

        int XStoreName(X11.Display display, X11.Window window, String name);

        int XDeleteProperty(X11.Display display, X11.Window window, X11.Atom property);
    }

    interface Xext extends Library {
        Xext INSTANCE = Native.load("Xext", Xext.class);

        /** Returns an XRectangle array to XFree, or null when there are none. */
        Pointer XShapeGetRectangles(
                X11.Display display, X11.Window window, int kind, IntByReference count, IntByReference ordering);
    }

    private final Xlib x = Xlib.INSTANCE;
    private final X11.Display display;
    private final List<X11.Window> created = new ArrayList<>();

    X11TestDisplay() {
        display = x.XOpenDisplay(null);
        if (display == null) {
            throw new IllegalStateException("Could not open the X display " + System.getenv("DISPLAY"));
        }
    }

    static boolean isDisplaySet() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    X11.Window root() {
        return x.XDefaultRootWindow(display);
    }

    /** A window titled through WM_NAME, created unmapped. */
    X11.Window createWindow(String title, WindowBounds bounds) {
        X11.Window window = x.XCreateSimpleWindow(
                display, root(), bounds.x(), bounds.y(), bounds.width(), bounds.height(), 0, 0, 0xFFFFFF);
        x.XStoreName(display, window, title);
        created.add(window);
        return window;
    }

    void setUtf8Title(X11.Window window, String title) {
        byte[] utf8 = title.getBytes(StandardCharsets.UTF_8);
        Memory data = new Memory(utf8.length);
        data.write(0, utf8, 0, utf8.length);
        x.XChangeProperty(
                display, window, atom("_NET_WM_NAME"), atom("UTF8_STRING"), 8, X11.PropModeReplace, data, utf8.length);
    }

    void map(X11.Window window) {
        x.XMapWindow(display, window);
        sync();
    }

    void unmap(X11.Window window) {
        x.XUnmapWindow(display, window);
        sync();
    }

    void destroy(X11.Window window) {
        x.XDestroyWindow(display, window);
        created.remove(window);
        sync();
    }

    void moveResize(X11.Window window, WindowBounds bounds) {
        x.XMoveResizeWindow(display, window, bounds.x(), bounds.y(), bounds.width(), bounds.height());
        sync();
    }

    void selectButtonPresses(X11.Window window) {
        x.XSelectInput(display, window, new NativeLong(X11.ButtonPressMask));
        sync();
    }

    /** Plays a window manager: owns substructure redirection on the root and announces itself per EWMH. */
    void pretendToBeWindowManager(X11.Window checkWindow) {
        Memory id = new Memory(NativeLong.SIZE);
        id.setNativeLong(0, new NativeLong(checkWindow.longValue()));
        x.XChangeProperty(
                display, root(), atom("_NET_SUPPORTING_WM_CHECK"), X11.XA_WINDOW, 32, X11.PropModeReplace, id, 1);
        x.XSelectInput(display, root(), new NativeLong(X11.SubstructureRedirectMask));
        sync();
    }

    void stopPretendingToBeWindowManager() {
        x.XSelectInput(display, root(), new NativeLong(X11.NoEventMask));
        x.XDeleteProperty(display, root(), atom("_NET_SUPPORTING_WM_CHECK"));
        sync();
    }

    /** Waits up to five seconds for a client message about the window; its five data longs, or null. */
    long[] awaitClientMessage(X11.Window window, String messageType) throws InterruptedException {
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        X11.XEvent event = new X11.XEvent();
        while (System.nanoTime() < deadline) {
            sync();
            if (x.XCheckTypedWindowEvent(display, window, X11.ClientMessage, event)) {
                return clientMessageData(event, messageType);
            }
            Thread.sleep(10);
        }
        return null;
    }

    private long[] clientMessageData(X11.XEvent event, String messageType) {
        event.setType(X11.XClientMessageEvent.class);
        event.read();
        X11.XClientMessageEvent message = event.xclient;
        if (message.message_type.longValue() != atom(messageType).longValue() || message.format != 32) {
            return null;
        }
        message.data.setType(NativeLong[].class);
        message.data.read();
        long[] data = new long[5];
        for (int i = 0; i < data.length; i++) {
            data[i] = message.data.l[i].longValue();
        }
        return data;
    }

    void sync() {
        x.XSync(display, false);
    }

    X11.Atom atom(String name) {
        return x.XInternAtom(display, name, false);
    }

    /** The number of rectangles in the window's input shape (ShapeInput = 2). */
    int inputShapeRectangles(X11.Window window) {
        IntByReference count = new IntByReference(-1);
        Pointer rectangles = Xext.INSTANCE.XShapeGetRectangles(display, window, 2, count, new IntByReference());
        if (rectangles != null) {
            x.XFree(rectangles);
        }
        return count.getValue();
    }

    /** The atoms in a window's atom-list property, e.g. _NET_WM_STATE; empty when the property is absent. */
    List<Long> atomList(X11.Window window, String property) {
        X11.AtomByReference actualType = new X11.AtomByReference();
        IntByReference actualFormat = new IntByReference();
        NativeLongByReference items = new NativeLongByReference();
        PointerByReference value = new PointerByReference();
        x.XGetWindowProperty(
                display,
                window,
                atom(property),
                new NativeLong(0),
                new NativeLong(64),
                false,
                X11.XA_ATOM,
                actualType,
                actualFormat,
                items,
                new NativeLongByReference(),
                value);
        List<Long> atoms = new ArrayList<>();
        if (value.getValue() == null) {
            return atoms;
        }
        for (int i = 0; i < items.getValue().intValue(); i++) {
            atoms.add(value.getValue().getNativeLong((long) i * NativeLong.SIZE).longValue());
        }
        x.XFree(value.getValue());
        return atoms;
    }

    /** Waits up to five seconds for a button press on the window; true when one arrived. */
    boolean awaitButtonPress(X11.Window window) throws InterruptedException {
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (takeButtonPress(window)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** Whether a button press on the window has arrived by now (after a round trip). */
    boolean takeButtonPress(X11.Window window) {
        sync();
        return x.XCheckWindowEvent(display, window, new NativeLong(X11.ButtonPressMask), new X11.XEvent());
    }

    X11.Display display() {
        return display;
    }

    @Override
    public void close() {
        for (X11.Window window : created) {
            x.XDestroyWindow(display, window);
        }
        x.XSync(display, false);
        x.XCloseDisplay(display);
    }
}
