package gg.lanelight.app.overlay;

import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * What the operating system can tell about, and do to, top-level windows. Implementations may block briefly on the
 * window system; callers on the JavaFX thread keep calls rare (once per show).
 */
public interface DesktopWindows {

    /** The title of the game's own window, which overlays place themselves against. */
    String GAME_WINDOW_TITLE = "League of Legends (TM) Client";

    /** The game window's bounds in screen coordinates, or empty when no such window is shown. */
    Optional<Rectangle2D> gameWindowBounds();

    /**
     * Makes the shown window with this title let clicks through to what lies below and stay above other windows.
     * Returns false (after logging why) when this system cannot do it; the overlay then still shows.
     */
    boolean makeClickThroughAndTopMost(String windowTitle);

    /** For systems without native window support: no game window is found and nothing is restyled. */
    DesktopWindows NONE = new DesktopWindows() {
        @Override
        public Optional<Rectangle2D> gameWindowBounds() {
            return Optional.empty();
        }

        @Override
        public boolean makeClickThroughAndTopMost(String windowTitle) {
            return false;
        }
    };
}
