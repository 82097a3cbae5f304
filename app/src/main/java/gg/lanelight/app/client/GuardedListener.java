package gg.lanelight.app.client;

import gg.lanelight.app.live.LiveGame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a failing listener from stopping the connection: its exceptions are logged and the connection goes on. */
final class GuardedListener implements ClientListener {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final ClientListener delegate;

    GuardedListener(ClientListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void connectionChanged(ConnectionStatus status) {
        guard("connectionChanged", () -> delegate.connectionChanged(status));
    }

    @Override
    public void summonerChanged(CurrentSummoner summoner) {
        guard("summonerChanged", () -> delegate.summonerChanged(summoner));
    }

    @Override
    public void phaseChanged(String phase) {
        guard("phaseChanged", () -> delegate.phaseChanged(phase));
    }

    @Override
    public void champSelectChanged(ChampSelectSession session) {
        guard("champSelectChanged", () -> delegate.champSelectChanged(session));
    }

    @Override
    public void gameflowSessionChanged(GameflowSession session) {
        guard("gameflowSessionChanged", () -> delegate.gameflowSessionChanged(session));
    }

    @Override
    public void liveGameChanged(LiveGame game) {
        guard("liveGameChanged", () -> delegate.liveGameChanged(game));
    }

    @Override
    public void liveGameUnavailable(String reason) {
        guard("liveGameUnavailable", () -> delegate.liveGameUnavailable(reason));
    }

    @Override
    public void clientFault(String message) {
        guard("clientFault", () -> delegate.clientFault(message));
    }

    private static void guard(String method, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("The client listener's {} failed; the connection goes on", method, e);
        }
    }
}
