package gg.lanelight.app.session;

import gg.lanelight.app.client.ConnectionStatus;
import gg.lanelight.app.history.MatchRecord;
import gg.lanelight.app.overlay.ChampSelectView;
import gg.lanelight.app.overlay.InGameView;
import java.util.List;

/**
 * What the session asks the screen to show. The session calls these on its own thread, never the JavaFX thread;
 * implementations hop to the JavaFX thread themselves and never block the caller.
 */
public interface SessionView {

    void showConnection(ConnectionStatus status);

    /** The gameflow phase as the client spells it. */
    void showPhase(String phase);

    void showChampSelect(ChampSelectView view);

    void hideChampSelect();

    /** {@code gameflowPhase} names the phase for snapshots, e.g. "InProgress". */
    void showInGame(InGameView view, String gameflowPhase);

    void hideInGame();

    /** A message that says what happened and what to do. */
    void showFault(String message);

    /** The stored history, newest first. */
    void showHistory(List<MatchRecord> matches);

    /** The run has nothing more to do (with --exit-when-done): the game is over and saved, or the client vanished. */
    void finished();
}
