package gg.lanelight.app.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;

/**
 * One row of labels whose texts change in place: a label's text is set only when the value differs, so an unchanged
 * value costs no layout and no repaint. JavaFX thread only.
 */
final class LabelRow {

    /**
     * The widest a label may grow, in px: a longer text ends in "…" (trace.json keeps it whole), so a 300-character
     * champion name or Riot ID cannot stretch an overlay across the screen. Build values (item and rune names) get
     * the most room, Riot IDs the next most.
     */
    static final double WIDEST_VALUE = 360;

    static final double WIDEST_RIOT_ID = 200;
    static final double WIDEST_OTHER = 160;

    private static final Map<String, Double> WIDEST_BY_COLUMN =
            Map.of("value", WIDEST_VALUE, "riot-id", WIDEST_RIOT_ID);

    private final HBox box = new HBox();
    private final List<Label> labels = new ArrayList<>();

    /** Each column becomes a label with style class {@code column} and id {@code idPrefix-column}. */
    LabelRow(String idPrefix, List<String> columns) {
        box.getStyleClass().add("overlay-row");
        for (String column : columns) {
            Label label = new Label();
            label.setId(idPrefix + "-" + column);
            label.getStyleClass().add(column);
            bounded(label, WIDEST_BY_COLUMN.getOrDefault(column, WIDEST_OTHER));
            labels.add(label);
        }
        box.getChildren().addAll(labels);
    }

    HBox node() {
        return box;
    }

    /** Shows one text per column, in column order. */
    void show(List<String> texts) {
        for (int i = 0; i < labels.size(); i++) {
            setIfChanged(labels.get(i), i < texts.size() ? texts.get(i) : "");
        }
    }

    /** Caps the label at {@code widest} px; a longer text is cut with an ellipsis at its end. */
    static Label bounded(Label label, double widest) {
        label.setMaxWidth(widest);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        return label;
    }

    static void setIfChanged(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    /** Shows or hides a node and lets the layout skip it while hidden. */
    static void setShown(javafx.scene.Node node, boolean shown) {
        if (node.isVisible() != shown) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    static void setClassIf(javafx.scene.Node node, String styleClass, boolean present) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (present && !has) {
            node.getStyleClass().add(styleClass);
        } else if (!present && has) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
