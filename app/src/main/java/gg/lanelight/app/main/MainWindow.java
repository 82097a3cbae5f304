package gg.lanelight.app.main;

import gg.lanelight.app.client.ConnectionStatus;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: connection status and phase, one message area for every fault, and the stored match history.
 * JavaFX thread only.
 */
public final class MainWindow {

    public static final String TITLE = "Lanelight";
    static final String STYLESHEET = "/gg/lanelight/assets/styles/main.css";

    private final Label connection = new Label("Looking for the League client…");
    private final Label phase = new Label("");
    private final Label messageArea = new Label("");
    private final TableView<HistoryRow> history = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final Stage stage;

    public MainWindow(Stage stage) {
        this.stage = stage;
        connection.setId("connection");
        phase.setId("gameflow-phase");
        phase.setMinWidth(Region.USE_PREF_SIZE);
        messageArea.setId("message-area");
        history.setId("history");
        setMessageShown(false);
        buildColumns();

        HBox statusBar = new HBox(phase, connection);
        statusBar.setId("status-bar");
        Label heading = new Label("Match history");
        heading.setId("history-heading");
        VBox center = new VBox(heading, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        root.setTop(new VBox(statusBar, messageArea));
        root.setCenter(center);

        Scene scene = new Scene(root, 760, 480);
        scene.getStylesheets()
                .add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET))
                        .toExternalForm());
        stage.setScene(scene);
        stage.setTitle(TITLE);
    }

    public void show() {
        stage.show();
    }

    /** The window's content, for snapshots. */
    public Parent root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }

    public void showConnection(ConnectionStatus status) {
        connection.setText(status.message());
        connection.getStyleClass().removeAll("connected", "lost", "searching");
        connection.getStyleClass().add(status.state().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The gameflow phase as the client spells it; "" hides it. */
    public void showPhase(String gameflowPhase) {
        phase.setText(gameflowPhase.isEmpty() ? "" : "Phase: " + gameflowPhase);
    }

    /** Shows a message that says what happened and what to do; it replaces the previous one. */
    public void showMessage(String message) {
        messageArea.setText(message);
        setMessageShown(!message.isEmpty());
    }

    public String message() {
        return messageArea.getText();
    }

    /** Replaces the table's rows (newest first). */
    public void showHistory(List<HistoryRow> rows) {
        history.getItems().setAll(rows);
    }

    private void setMessageShown(boolean shown) {
        messageArea.setVisible(shown);
        messageArea.setManaged(shown);
    }

    private void buildColumns() {
        history.getColumns().add(column("Date", HistoryRow::date, 130));
        history.getColumns().add(column("Champion", HistoryRow::champion, 120));
        history.getColumns().add(column("Role", HistoryRow::role, 80));
        history.getColumns().add(column("Result", HistoryRow::result, 90));
        history.getColumns().add(column("K/D/A", HistoryRow::kda, 80));
        history.getColumns().add(column("CS", HistoryRow::cs, 60));
        history.getColumns().add(column("Duration", HistoryRow::duration, 80));
        history.setPlaceholder(new Label("No games yet: they appear here after each game."));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TableColumn<HistoryRow, String> column(
            String title, Function<HistoryRow, String> value, double width) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
