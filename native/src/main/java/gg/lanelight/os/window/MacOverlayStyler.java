package gg.lanelight.os.window;

import gg.lanelight.os.ForOperatingSystem;
import gg.lanelight.os.OperatingSystem;

/**
 * macOS has no overlay styling yet (it needs NSWindow.ignoresMouseEvents through native code), so on a Mac the
 * overlays cannot pass clicks through and the player uses the main window during the game.
 */
@ForOperatingSystem(OperatingSystem.MAC)
public final class MacOverlayStyler implements OverlayWindowStyler {
    @Override
    public void makeClickThroughAndTopMost(NativeWindow window) throws WindowAccessException {
        throw new WindowAccessException("Could not make \"" + window.title()
                + "\" a click-through overlay: overlays are not supported on macOS yet; use the main window"
                + " during the game.");
    }

    @Override
    public boolean isSupported() {
        return false;
    }
}
