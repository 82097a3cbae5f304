package gg.lanelight.os.window;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import java.util.List;

/** The XFixes calls that set a window's input shape; libXfixes is loaded on first use. */
interface XFixes extends Library {
    /** {@code ShapeInput} from the X Shape extension: the part of a window that receives pointer input. */
    int SHAPE_INPUT = 2;

    boolean XFixesQueryExtension(X11.Display display, IntByReference eventBase, IntByReference errorBase);

    /** Returns an XserverRegion; {@code rectangles} may be null when {@code count} is 0. */
    NativeLong XFixesCreateRegion(X11.Display display, Pointer rectangles, int count);

    void XFixesSetWindowShapeRegion(
            X11.Display display, X11.Window window, int shapeKind, int xOffset, int yOffset, NativeLong region);

    void XFixesDestroyRegion(X11.Display display, NativeLong region);

    /** The development name first, then the runtime soname that bare systems have without the -dev package. */
    static XFixes load() {
        LinkageError lastFailure = null;
        for (String name : List.of("Xfixes", "libXfixes.so.3")) {
            try {
                return Native.load(name, XFixes.class);
            } catch (LinkageError e) {
                lastFailure = e;
            }
        }
        throw lastFailure;
    }
}
