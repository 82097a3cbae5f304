package gg.lanelight.os.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.platform.unix.X11;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The overlay path the app takes: a transparent JavaFX stage, found by title and styled, inside a GTK process. */
@ExtendWith(X11DisplayExtension.class)
class JavaFxOverlayIT {
    private static final WindowBounds PLACED = new WindowBounds(210, 160, 300, 120);
    private static final String TITLE = "Lanelight overlay " + UUID.randomUUID();

    /** Chosen before JavaFX starts, as the app does, so GTK's error traps stack on our X error handler. */
    private static final WindowTracker TRACKER = WindowTracker.forCurrentOs();

    private static final OverlayWindowStyler STYLER = OverlayWindowStyler.forCurrentOs();

    @BeforeAll
    static void showStage() throws Exception {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage(StageStyle.TRANSPARENT);
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new Group(), PLACED.width(), PLACED.height(), Color.TRANSPARENT));
            stage.setX(PLACED.x());
            stage.setY(PLACED.y());
            stage.show();
            shown.complete(null);
        });
        shown.get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopJavaFx() {
        Platform.exit();
    }

    @Test
    void findsTheShownStageAtItsBoundsAndMakesItClickThrough(X11TestDisplay screen) throws Exception {
        NativeWindow stage = awaitStage();
        assertEquals(Optional.of(PLACED), TRACKER.bounds(stage));

        STYLER.makeClickThroughAndTopMost(stage);

        assertEquals(0, screen.inputShapeRectangles(new X11.Window(stage.handle())));
    }

    @Test
    void stylingAClosedWindowFailsEvenThoughGtkDropsOurXErrors() throws Exception {
        NativeWindow gone = new NativeWindow(0x1FFFFFFEL, "closed overlay");

        assertThrows(WindowAccessException.class, () -> STYLER.makeClickThroughAndTopMost(gone));
        assertEquals(Optional.empty(), TRACKER.bounds(gone));
    }

    private static String boundsOrError(NativeWindow window) {
        try {
            return TRACKER.bounds(window).toString();
        } catch (WindowAccessException e) {
            return e.getMessage();
        }
    }

    /** The stage is mapped asynchronously after show(); give the window system up to five seconds. */
    private static NativeWindow awaitStage() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Optional<NativeWindow> found = TRACKER.findByTitle(TITLE);
            if (found.isPresent()
                    && TRACKER.bounds(found.get()).filter(PLACED::equals).isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the stage was not mapped at " + PLACED + " within 5 s; found: "
                + TRACKER.findByTitle(TITLE).map(window -> window + " " + boundsOrError(window)));
    }
}
