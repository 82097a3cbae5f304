package gg.lanelight.os.window;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinUser;
import gg.lanelight.os.ForOperatingSystem;
import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.OsFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Click-through through the layered + transparent extended styles and top-most through SetWindowPos. This styler
 * compiles here but is untested, because the build and its tests run on Linux only; a Windows user may see it fail.
 */
@ForOperatingSystem(OperatingSystem.WINDOWS)
public final class WindowsOverlayStyler implements OverlayWindowStyler, OsFeature {
    private static final Logger LOG = LoggerFactory.getLogger(WindowsOverlayStyler.class);

    /** Layered and transparent pass clicks through; tool window hides it from the taskbar; no-activate keeps focus. */
    private static final long OVERLAY_STYLES = WinUser.WS_EX_LAYERED
            | WinUser.WS_EX_TRANSPARENT
            | WindowsUser32.WS_EX_TOOLWINDOW
            | WindowsUser32.WS_EX_NOACTIVATE;

    private static final int KEEP_GEOMETRY = WinUser.SWP_NOMOVE | WinUser.SWP_NOSIZE | WinUser.SWP_NOACTIVATE;

    @Override
    public boolean isAvailable() {
        return WindowsLibraries.load(LOG);
    }

    @Override
    public boolean isSupported() {
        return isAvailable();
    }

    /** The window must belong to a process at the same or a higher privilege level as Lanelight. */
    @Override
    public void makeClickThroughAndTopMost(NativeWindow window) throws WindowAccessException {
        WindowsUser32 user32 = WindowsUser32.INSTANCE;
        WinDef.HWND handle = WindowsWindowTracker.handleOf(window);
        if (!user32.IsWindow(handle)) {
            throw new WindowAccessException(
                    "Could not make \"" + window.title() + "\" an overlay: the window has closed; show it again.");
        }

        long styles = Pointer.nativeValue(
                user32.GetWindowLongPtr(handle, WinUser.GWL_EXSTYLE).toPointer());
        user32.SetWindowLongPtr(handle, WinUser.GWL_EXSTYLE, new Pointer(styles | OVERLAY_STYLES));

        if (!user32.SetWindowPos(handle, WindowsUser32.HWND_TOPMOST, 0, 0, 0, 0, KEEP_GEOMETRY)) {
            throw new WindowAccessException("Could not keep \"" + window.title() + "\" above other windows (Windows"
                    + " error " + Kernel32.INSTANCE.GetLastError() + "); run Lanelight as the same user as the game.");
        }
    }
}
