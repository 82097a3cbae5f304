package gg.lanelight.os.window;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinDef;
import gg.lanelight.os.ForOperatingSystem;
import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.OsFeature;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds windows with FindWindow and measures their client area, which is what the game draws into. This tracker
 * compiles here but is untested, because the build and its tests run on Linux only; a Windows user may see it fail.
 */
@ForOperatingSystem(OperatingSystem.WINDOWS)
public final class WindowsWindowTracker implements WindowTracker, OsFeature {
    private static final Logger LOG = LoggerFactory.getLogger(WindowsWindowTracker.class);

    @Override
    public boolean isAvailable() {
        return WindowsLibraries.load(LOG);
    }

    @Override
    public Optional<NativeWindow> findByTitle(String title) {
        WinDef.HWND window = WindowsUser32.INSTANCE.FindWindow(null, title);
        if (window == null || !WindowsUser32.INSTANCE.IsWindowVisible(window) || !hasTitle(window, title)) {
            return Optional.empty();
        }
        return Optional.of(new NativeWindow(Pointer.nativeValue(window.getPointer()), title));
    }

    @Override
    public Optional<WindowBounds> bounds(NativeWindow window) {
        WinDef.HWND handle = handleOf(window);
        WindowsUser32 user32 = WindowsUser32.INSTANCE;
        if (!user32.IsWindow(handle) || !user32.IsWindowVisible(handle) || user32.IsIconic(handle)) {
            return Optional.empty();
        }

        WinDef.RECT client = new WinDef.RECT();
        WinDef.POINT origin = new WinDef.POINT(0, 0);
        if (!user32.GetClientRect(handle, client) || !user32.ClientToScreen(handle, origin)) {
            return Optional.empty();
        }
        return Optional.of(
                new WindowBounds(origin.x, origin.y, client.right - client.left, client.bottom - client.top));
    }

    /** FindWindow ignores case; the contract asks for an exact match. */
    private static boolean hasTitle(WinDef.HWND window, String title) {
        char[] text = new char[title.length() + 2];
        int length = WindowsUser32.INSTANCE.GetWindowText(window, text, text.length);
        return title.equals(new String(text, 0, length));
    }

    static WinDef.HWND handleOf(NativeWindow window) {
        return new WinDef.HWND(new Pointer(window.handle()));
    }
}
