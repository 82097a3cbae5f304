package gg.lanelight.app.overlay;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * One row of labels whose texts change in place: a label's text is set only when the value differs, so an unchanged
 * value costs no layout and no repaint. JavaFX thread only.
 */
final class LabelRow {

    private final HBox box = new HBox();
    private final List<Label> labels = new ArrayList<>();

    /** Each column becomes a label with style class {@code column} and id {@code idPrefix-column}. */
    LabelRow(String idPrefix, List<String> columns) {
        box.getStyleClass().add("overlay-row");
        for (String column : columns) {
            Label label = new Label();
            label.setId(idPrefix + "-" + column);
            label.getStyleClass().add(column);
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
