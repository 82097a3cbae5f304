package gg.lanelight.app.overlay;

import gg.lanelight.app.overlay.ChampSelectView.AllyCard;
import gg.lanelight.app.overlay.ChampSelectView.BuildLine;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The champion-select overlay: the build for the local player's champion and role, and one card per ally. Keeps its
 * nodes between updates and changes only texts that differ. JavaFX thread only.
 */
public final class ChampSelectOverlay extends Overlay<ChampSelectView> {

    public static final String TITLE = "Lanelight — champion select";

    private static final List<String> BUILD_COLUMNS = List.of("part", "value", "win-rate", "games");
    private static final List<String> ALLY_COLUMNS = List.of("riot-id", "champion", "rank", "recent", "on-champion");

    private final Label heading = label("heading");
    private final Label phase = label("phase");
    private final Label notice = label("notice");
    private final RowGroup build = new RowGroup("build", "build", BUILD_COLUMNS);
    private final RowGroup allies = new RowGroup("ally", "allies", ALLY_COLUMNS);

    public ChampSelectOverlay(DesktopWindows desktop) {
        super(TITLE, new VBox(), OverlayWindow.Corner.TOP_RIGHT, desktop);
        VBox panel = (VBox) root();
        panel.getChildren().addAll(heading, phase, build.node(), notice, allies.node());
        panel.setId("champ-select-overlay");
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(id);
        return LabelRow.bounded(label, LabelRow.WIDEST_VALUE);
    }

    @Override
    void apply(ChampSelectView view) {
        LabelRow.setIfChanged(heading, view.role().isEmpty() ? view.champion() : view.champion() + " · " + view.role());
        LabelRow.setIfChanged(phase, view.phase());
        LabelRow.setIfChanged(notice, view.notice());
        LabelRow.setShown(notice, !view.notice().isEmpty());
        build.show(view.build().stream().map(ChampSelectOverlay::buildTexts).toList());
        allies.show(view.allies().stream().map(ChampSelectOverlay::allyTexts).toList());
        markLocalAndHidden(view.allies());
    }

    private static List<String> buildTexts(BuildLine line) {
        return List.of(line.label(), line.value(), line.winRate(), line.games());
    }

    private static List<String> allyTexts(AllyCard card) {
        return List.of(card.riotId(), card.champion(), card.rank(), card.recent(), card.onChampion());
    }

    private void markLocalAndHidden(List<AllyCard> cards) {
        for (int i = 0; i < cards.size(); i++) {
            LabelRow.setClassIf(allies.row(i).node(), "local", cards.get(i).local());
            LabelRow.setClassIf(allies.row(i).node(), "hidden", cards.get(i).hidden());
        }
    }
}
