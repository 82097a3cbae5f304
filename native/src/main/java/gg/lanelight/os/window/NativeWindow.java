package gg.lanelight.os.window;

/**
 * A top-level window of any process, as found by {@link WindowTracker#findByTitle(String)}.
 *
 * @param handle the OS handle: the X11 window id or the Win32 HWND value
 * @param title the title it had when it was found, never null
 */
public record NativeWindow(long handle, String title) {}
