package gg.lanelight.app.overlay;

import gg.lanelight.app.overlay.InGameView.LaneRow;
import gg.lanelight.app.overlay.InGameView.ObjectiveTimer;
import gg.lanelight.app.overlay.InGameView.ScoreRow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The in-game overlay: objective timers, lane gold and CS, and a compact scoreboard. Keeps its nodes between updates
 * and changes only texts that differ; runs no animation or timer of its own. JavaFX thread only.
 */
public final class InGameOverlay extends Overlay<InGameView> {

    public static final String TITLE = "Lanelight — in game";

    private static final List<String> OBJECTIVE_COLUMNS = List.of("objective", "status");
    private static final List<String> LANE_COLUMNS =
            List.of("role", "ally-champion", "ally-gold", "gold-difference", "enemy-gold", "enemy-champion", "cs");
    /** Says what the lane numbers are: item value (not gold earned), its difference, and both creep scores. */
    static final List<String> LANE_HEADINGS =
            List.of("Lane", "Ally", "Item gold", "Diff", "Item gold", "Enemy", "CS ally / enemy");

    private static final List<String> SCORE_COLUMNS = List.of("champion", "kda", "cs", "level", "rank");

    private final Label gameTime = new Label();
    private final Label notice = new Label();
    private final RowGroup objectives = new RowGroup("objective", "objectives", OBJECTIVE_COLUMNS);
    // Known limitation: the heading row and the lane rows are separate boxes lined up only by the columns' minimum
    // widths, so a champion name wider than its column shifts that lane's later numbers out from under their heading.
    private final LabelRow laneHeadings = new LabelRow("lane-heading", LANE_COLUMNS);
    private final RowGroup lanes = new RowGroup("lane", "lanes", LANE_COLUMNS);
    private final RowGroup scoreboard = new RowGroup("score", "scoreboard", SCORE_COLUMNS);

    public InGameOverlay(DesktopWindows desktop) {
        super(TITLE, new VBox(), OverlayWindow.Corner.TOP_LEFT, desktop);
        gameTime.setId("game-time");
        gameTime.getStyleClass().add("heading");
        LabelRow.bounded(gameTime, LabelRow.WIDEST_VALUE);
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        laneHeadings.node().getStyleClass().add("lane-headings");
        laneHeadings.show(LANE_HEADINGS);
        VBox panel = (VBox) root();
        panel.getChildren()
                .addAll(gameTime, objectives.node(), laneHeadings.node(), lanes.node(), scoreboard.node(), notice);
        panel.setId("in-game-overlay");
    }

    @Override
    void apply(InGameView view) {
        LabelRow.setIfChanged(gameTime, view.gameTime());
        LabelRow.setIfChanged(notice, view.notice());
        LabelRow.setShown(notice, !view.notice().isEmpty());
        objectives.show(
                view.objectives().stream().map(InGameOverlay::objectiveTexts).toList());
        lanes.show(view.lanes().stream().map(InGameOverlay::laneTexts).toList());
        LabelRow.setShown(laneHeadings.node(), !view.lanes().isEmpty());
        scoreboard.show(
                view.scoreboard().stream().map(InGameOverlay::scoreTexts).toList());
        markScoreRows(view.scoreboard());
    }

    private static List<String> objectiveTexts(ObjectiveTimer timer) {
        return List.of(timer.objective(), timer.status());
    }

    private static List<String> laneTexts(LaneRow lane) {
        return List.of(
                lane.role(),
                lane.allyChampion(),
                lane.allyGold(),
                lane.goldDifference(),
                lane.enemyGold(),
                lane.enemyChampion(),
                lane.allyCs() + " / " + lane.enemyCs() + " CS");
    }

    private static List<String> scoreTexts(ScoreRow row) {
        return List.of(row.champion(), row.kda(), row.cs() + " CS", "Lv " + row.level(), row.rank());
    }

    private void markScoreRows(List<ScoreRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            LabelRow.setClassIf(scoreboard.row(i).node(), "enemy", !rows.get(i).ally());
            LabelRow.setClassIf(scoreboard.row(i).node(), "you", rows.get(i).you());
        }
    }
}
