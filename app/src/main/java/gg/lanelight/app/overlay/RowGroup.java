package gg.lanelight.app.overlay;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.VBox;

/**
 * A list of {@link LabelRow}s that keeps its rows between updates: rows are added or removed only when the number of
 * entries changes, and each kept row updates only the labels whose text differs. JavaFX thread only.
 */
final class RowGroup {

    private final VBox container = new VBox();
    private final String idPrefix;
    private final List<String> columns;
    private final List<LabelRow> rows = new ArrayList<>();

    /** Row {@code i} gets label ids {@code idPrefix-i-column}. */
    RowGroup(String idPrefix, String styleClass, List<String> columns) {
        this.idPrefix = idPrefix;
        this.columns = List.copyOf(columns);
        container.getStyleClass().add(styleClass);
    }

    VBox node() {
        return container;
    }

    LabelRow row(int index) {
        return rows.get(index);
    }

    /** Shows one row per entry; each entry holds one text per column. */
    void show(List<List<String>> entries) {
        while (rows.size() < entries.size()) {
            LabelRow row = new LabelRow(idPrefix + "-" + rows.size(), columns);
            rows.add(row);
            container.getChildren().add(row.node());
        }
        while (rows.size() > entries.size()) {
            rows.remove(rows.size() - 1);
            container.getChildren().remove(container.getChildren().size() - 1);
        }
        for (int i = 0; i < entries.size(); i++) {
            rows.get(i).show(entries.get(i));
        }
        LabelRow.setShown(container, !entries.isEmpty());
    }
}
