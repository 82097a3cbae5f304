package gg.lanelight.app.overlay;

import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * An overlay showing one view model at a time in its own {@link OverlayWindow}. A view equal to the one shown is not
 * applied at all; a different one is applied by the subclass, which changes only the texts that differ. JavaFX
 * thread only.
 *
 * @param <V> the view-model record (compared with equals)
 */
public abstract class Overlay<V> {

    private final OverlayWindow window;
    private V shown;

    Overlay(String title, Region panel, OverlayWindow.Corner corner, DesktopWindows desktop) {
        this.window = new OverlayWindow(title, panel, corner, desktop);
    }

    /** Shows the view and returns true; an update equal to the one shown changes nothing and returns false. */
    public final boolean show(V view) {
        if (view.equals(shown)) {
            return false;
        }
        shown = view;
        apply(view);

        window.show();
        window.fitToContent();
        return true;
    }

    public final void hide() {
        window.hide();
    }

    public final boolean isShowing() {
        return window.isShowing();
    }

    /** The panel, for snapshots. */
    public final Parent root() {
        return window.root();
    }

    /** Puts the view's texts into the nodes. */
    abstract void apply(V view);
}
