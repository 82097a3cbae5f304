package gg.lanelight.app.client;

import gg.lanelight.app.live.LiveGame;

/**
 * What the connection to the League client reports. Every method is called on a background thread, never on the
 * JavaFX thread; implementations that touch the UI hop to it themselves. Calls for one connection arrive in order.
 */
public interface ClientListener {

    /** The connection changed state; {@code status.message()} is fit to show the player. */
    default void connectionChanged(ConnectionStatus status) {}

    /** The local player is known (after connecting, once {@code current-summoner} answers 200). */
    default void summonerChanged(CurrentSummoner summoner) {}

    /** A new gameflow phase, as the client spells it (open set: unknown values are passed on unchanged). */
    default void phaseChanged(String phase) {}

    /** The champion-select session after every change; {@code null} once champion select has ended. */
    default void champSelectChanged(ChampSelectSession session) {}

    /**
     * The gameflow session after every change; {@code null} when the client has none. After champion select its teams
     * name the players that were hidden in the lobby.
     */
    default void gameflowSessionChanged(GameflowSession session) {}

    /** A Live Client Data poll returned a game whose content differs from the previous poll's. */
    default void liveGameChanged(LiveGame game) {}

    /** The Live Client Data API is not serving a game (not started, loading, or gone); the reason is readable. */
    default void liveGameUnavailable(String reason) {}

    /** A payload could not be understood or a request failed; the message says what and what to do. */
    default void clientFault(String message) {}
}
