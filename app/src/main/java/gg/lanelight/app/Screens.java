package gg.lanelight.app;

import gg.lanelight.app.client.ConnectionStatus;
import gg.lanelight.app.history.MatchRecord;
import gg.lanelight.app.main.HistoryRow;
import gg.lanelight.app.main.MainWindow;
import gg.lanelight.app.overlay.ChampSelectOverlay;
import gg.lanelight.app.overlay.ChampSelectView;
import gg.lanelight.app.overlay.InGameOverlay;
import gg.lanelight.app.overlay.InGameView;
import gg.lanelight.app.session.SessionView;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.trace.NodeImages;
import gg.lanelight.app.trace.TraceRecorder;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * The {@link SessionView} on screen: every call returns at once and applies its change on the JavaFX thread, then
 * records it in the trace (with a snapshot of the changed window when snapshots are on).
 */
final class Screens implements SessionView {

    private final MainWindow main;
    private final ChampSelectOverlay champSelect;
    private final InGameOverlay inGame;
    private final TraceRecorder trace;
    private final StaticData staticData;
    private final Runnable onFinished;
    private String phase = "";

    /** {@code onFinished} runs on the JavaFX thread when the session has nothing more to do. */
    Screens(
            MainWindow main,
            ChampSelectOverlay champSelect,
            InGameOverlay inGame,
            TraceRecorder trace,
            StaticData staticData,
            Runnable onFinished) {
        this.main = main;
        this.champSelect = champSelect;
        this.inGame = inGame;
        this.trace = trace;
        this.staticData = staticData;
        this.onFinished = onFinished;
    }

    @Override
    public void showConnection(ConnectionStatus status) {
        Platform.runLater(() -> main.showConnection(status));
    }

    @Override
    public void showPhase(String gameflowPhase) {
        Platform.runLater(() -> {
            phase = gameflowPhase;
            main.showPhase(gameflowPhase);
            snapshot("main", gameflowPhase, main.root());
        });
    }

    @Override
    public void showChampSelect(ChampSelectView view) {
        Platform.runLater(() -> {
            if (champSelect.show(view)) {
                trace.record(TraceRecorder.OVERLAY_UPDATE, "champ-select", view);
                snapshot("champ-select", view.phase(), champSelect.root());
            }
        });
    }

    @Override
    public void hideChampSelect() {
        Platform.runLater(champSelect::hide);
    }

    @Override
    public void showInGame(InGameView view, String gameflowPhase) {
        Platform.runLater(() -> {
            if (inGame.show(view)) {
                trace.record(TraceRecorder.OVERLAY_UPDATE, "in-game", view);
                snapshot("in-game", gameflowPhase, inGame.root());
            }
        });
    }

    @Override
    public void hideInGame() {
        Platform.runLater(inGame::hide);
    }

    @Override
    public void showFault(String message) {
        trace.record(TraceRecorder.FAULT, "app", Map.of("message", message));
        Platform.runLater(() -> main.showMessage(message));
    }

    @Override
    public void showHistory(List<MatchRecord> matches) {
        List<HistoryRow> rows = HistoryRow.of(matches, staticData, ZoneId.systemDefault());
        Platform.runLater(() -> {
            main.showHistory(rows);
            snapshot("main", phase, main.root());
        });
    }

    @Override
    public void finished() {
        Platform.runLater(onFinished);
    }

    /** JavaFX thread: a picture of the window as it is now, when snapshots are on. */
    private void snapshot(String overlay, String forPhase, Parent root) {
        if (trace.enabled() && !forPhase.isEmpty()) {
            trace.snapshot(overlay, forPhase, NodeImages.of(root));
        }
    }
}
