package gg.lanelight.os.window;

import gg.lanelight.os.OsImplementations;

/** Turns an already shown window into an overlay: click-through and above other windows. Thread-safe. */
public interface OverlayWindowStyler {
    /**
     * Makes the window pass all mouse input through to what is below and keeps it above other windows. Call it after
     * the window is shown, and again whenever the toolkit recreates the native window.
     */
    void makeClickThroughAndTopMost(NativeWindow window) throws WindowAccessException;

    /** Whether {@link #makeClickThroughAndTopMost} can work here; when false it throws with the reason. */
    boolean isSupported();

    /** The implementation for this OS and session, or an "unsupported" one; never null. */
    static OverlayWindowStyler forCurrentOs() {
        return OsImplementations.forCurrentOs(OverlayWindowStyler.class)
                .orElseGet(() -> new UnsupportedOverlayWindowStyler(WindowSystem.unsupportedReason()));
    }
}
