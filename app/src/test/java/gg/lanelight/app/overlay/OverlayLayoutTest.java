package gg.lanelight.app.overlay;

import static gg.lanelight.app.TestFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.app.overlay.ChampSelectView.AllyCard;
import gg.lanelight.app.overlay.ChampSelectView.BuildLine;
import gg.lanelight.app.overlay.InGameView.LaneRow;
import gg.lanelight.app.overlay.InGameView.ObjectiveTimer;
import gg.lanelight.app.overlay.InGameView.ScoreRow;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A 300-character champion name or a 200-character Riot ID ends in "…" instead of widening the overlay; the lane
 * table has a heading row.
 */
@ExtendWith(ApplicationExtension.class)
class OverlayLayoutTest {

    /** Wider than any overlay of short texts, far narrower than one stretched by a 300-character line. */
    private static final double WIDEST_OVERLAY = 1200;

    private static final String CHAMPION =
            "Kai'Sa the Daughter of the Void ".repeat(10).strip();
    private static final String RIOT_ID =
            "Kestrel Vane of the Long Name ".repeat(7).strip() + "#EUW7";

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void champSelectStaysNarrowAndKeepsTheWholeText() {
        assertTrue(CHAMPION.length() >= 300 && RIOT_ID.length() >= 200);
        ChampSelectView view = new ChampSelectView(
                "PLANNING",
                CHAMPION,
                "BOTTOM",
                List.of(new BuildLine("Core items", CHAMPION, "52.5%", "300 games")),
                List.of(new AllyCard(0, true, false, RIOT_ID, CHAMPION, "GOLD IV 12 LP", "–", "–")),
                "");

        Parent root = shown(() -> new ChampSelectOverlay(DesktopWindows.NONE), view);

        assertNarrow(root);
        assertEquals(RIOT_ID, text(root, "#ally-0-riot-id"), "the label keeps the whole text");
        assertEquals(CHAMPION + " · BOTTOM", text(root, "#heading"));
    }

    @Test
    void inGameStaysNarrow() {
        Parent root = shown(() -> new InGameOverlay(DesktopWindows.NONE), inGame(CHAMPION));

        assertNarrow(root);
    }

    @Test
    void theLaneTableSaysWhatEachColumnIs() {
        Parent root = shown(() -> new InGameOverlay(DesktopWindows.NONE), inGame("Kai'Sa"));

        assertEquals("Item gold", text(root, "#lane-heading-ally-gold"));
        assertEquals("Item gold", text(root, "#lane-heading-enemy-gold"));
        assertTrue(text(root, "#lane-heading-cs").startsWith("CS"));
        assertEquals("11,708", text(root, "#lane-0-ally-gold"), "the numbers stay in the same columns");
        double headingX = onFx(() -> root.lookup("#lane-heading-ally-gold").getLayoutX());
        double valueX = onFx(() -> root.lookup("#lane-0-ally-gold").getLayoutX());
        assertEquals(valueX, headingX, 0.5, "the heading stands above its column");
    }

    private static InGameView inGame(String champion) {
        return new InGameView(
                "12:34",
                List.of(new ObjectiveTimer("Dragon", "1:00")),
                List.of(new LaneRow("BOTTOM", champion, champion, "11,708", "1,900", "+9,808", "120", "80")),
                List.of(new ScoreRow(true, true, champion, "3/1/7", "120", "11", RIOT_ID)),
                "");
    }

    /** Makes the overlay on the JavaFX thread, shows the view and returns its panel. */
    private static <V> Parent shown(Supplier<Overlay<V>> make, V view) {
        return onFx(() -> {
            Overlay<V> overlay = make.get();
            overlay.show(view);
            return overlay.root();
        });
    }

    private static void assertNarrow(Parent root) {
        double width = onFx(() -> root.getScene().getWindow().getWidth());
        assertTrue(width > 0 && width < WIDEST_OVERLAY, "overlay width " + width);
    }

    private static String text(Parent root, String id) {
        return onFx(() -> ((Label) root.lookup(id)).getText());
    }
}
