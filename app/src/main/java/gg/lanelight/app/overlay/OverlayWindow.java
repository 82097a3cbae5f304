package gg.lanelight.app.overlay;

import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small undecorated transparent always-on-top stage holding one overlay panel. After its first show it asks the
 * native layer to make it click-through and top-most. JavaFX thread only.
 */
final class OverlayWindow {

    /** The overlay's stylesheet, bundled in the assets module. */
    static final String STYLESHEET = "/gg/lanelight/assets/styles/overlay.css";

    private static final Logger LOG = LoggerFactory.getLogger(OverlayWindow.class);
    private static final double MARGIN = 16;

    /** Which corner of the screen (or of the game window) the overlay sits in. */
    enum Corner {
        TOP_LEFT,
        TOP_RIGHT
    }

    private final Stage stage = new Stage(StageStyle.TRANSPARENT);
    private final Region panel;
    private final Corner corner;
    private final DesktopWindows desktop;
    private boolean styled;

    OverlayWindow(String title, Region panel, Corner corner, DesktopWindows desktop) {
        this.panel = panel;
        this.corner = corner;
        this.desktop = desktop;
        panel.getStyleClass().add("overlay-panel");

        Scene scene = new Scene(panel);
        scene.setFill(Color.TRANSPARENT);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setTitle(title);
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        // Known limitation: JavaFX has no way to make a stage refuse focus, so on systems where the native styler
        // cannot mark it (anything but its supported window systems) a click on an overlay can take focus.
    }

    static String stylesheet() {
        return Objects.requireNonNull(OverlayWindow.class.getResource(STYLESHEET), STYLESHEET + " missing")
                .toExternalForm();
    }

    Parent root() {
        return panel;
    }

    Stage stage() {
        return stage;
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    /** Shows the stage at its corner (no-op when shown); the first show also applies the native styles. */
    void show() {
        if (stage.isShowing()) {
            return;
        }
        stage.show();
        place();
        if (!styled) {
            styled = true;
            applyNativeStyles();
        }
    }

    void hide() {
        if (stage.isShowing()) {
            stage.hide();
        }
    }

    /**
     * Resizes the stage to its content when the content's preferred size changed (texts grew or rows came and
     * went) and keeps it in its corner; an unchanged size costs nothing.
     */
    void fitToContent() {
        if (!stage.isShowing()) {
            return;
        }
        double width = Math.ceil(panel.prefWidth(-1));
        double height = Math.ceil(panel.prefHeight(width));
        if (width != Math.ceil(stage.getWidth()) || height != Math.ceil(stage.getHeight())) {
            stage.sizeToScene();
            place();
        }
    }

    /**
     * Known limitation: only the game window is tracked, so during champion select (no game window yet) the overlay
     * sits in the primary screen's corner rather than beside the League client window.
     */
    private void place() {
        Rectangle2D area =
                desktop.gameWindowBounds().orElseGet(() -> Screen.getPrimary().getVisualBounds());
        double x = corner == Corner.TOP_LEFT ? area.getMinX() + MARGIN : area.getMaxX() - stage.getWidth() - MARGIN;
        stage.setX(Math.max(area.getMinX(), x));
        stage.setY(area.getMinY() + MARGIN);
    }

    private void applyNativeStyles() {
        boolean done = desktop.makeClickThroughAndTopMost(stage.getTitle());
        if (!done) {
            LOG.warn(
                    "Overlay '{}' is shown but not click-through: this system offers no way to do it",
                    stage.getTitle());
        }
    }
}
