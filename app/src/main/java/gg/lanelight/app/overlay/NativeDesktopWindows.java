package gg.lanelight.app.overlay;

import gg.lanelight.os.window.NativeWindow;
import gg.lanelight.os.window.OverlayWindowStyler;
import gg.lanelight.os.window.WindowAccessException;
import gg.lanelight.os.window.WindowBounds;
import gg.lanelight.os.window.WindowTracker;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DesktopWindows} through the native module's window tracker and overlay styler. Thread-safe. */
public final class NativeDesktopWindows implements DesktopWindows {

    private static final Logger LOG = LoggerFactory.getLogger(NativeDesktopWindows.class);

    private final WindowTracker tracker;
    private final OverlayWindowStyler styler;

    public NativeDesktopWindows(WindowTracker tracker, OverlayWindowStyler styler) {
        this.tracker = tracker;
        this.styler = styler;
    }

    /** The implementations for this operating system. */
    public static NativeDesktopWindows forCurrentOs() {
        return new NativeDesktopWindows(WindowTracker.forCurrentOs(), OverlayWindowStyler.forCurrentOs());
    }

    @Override
    public Optional<Rectangle2D> gameWindowBounds() {
        try {
            Optional<NativeWindow> game = tracker.findByTitle(GAME_WINDOW_TITLE);
            if (game.isEmpty()) {
                return Optional.empty();
            }
            return tracker.bounds(game.get()).map(NativeDesktopWindows::toScreenCoordinates);
        } catch (WindowAccessException e) {
            LOG.debug("No game window position, overlays use the screen corner: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean makeClickThroughAndTopMost(String windowTitle) {
        try {
            Optional<NativeWindow> window = tracker.findByTitle(windowTitle);
            if (window.isEmpty()) {
                LOG.warn("Overlay window '{}' not found on the desktop, so it stays clickable", windowTitle);
                return false;
            }
            styler.makeClickThroughAndTopMost(window.get());
            return true;
        } catch (WindowAccessException e) {
            LOG.warn("Overlay '{}' stays clickable: {}", windowTitle, e.getMessage());
            return false;
        }
    }

    /**
     * Native bounds are physical pixels; JavaFX places stages in scaled coordinates. Known limitation: the primary
     * screen's scale is used, so on a second monitor with another scale the overlay can sit off the game's corner.
     */
    private static Rectangle2D toScreenCoordinates(WindowBounds bounds) {
        Screen primary = Screen.getPrimary();
        double scaleX = primary.getOutputScaleX();
        double scaleY = primary.getOutputScaleY();
        return new Rectangle2D(
                bounds.x() / scaleX, bounds.y() / scaleY, bounds.width() / scaleX, bounds.height() / scaleY);
    }
}
