package gg.lanelight.app.client;

import gg.lanelight.app.live.LiveGame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Records every listener call as one line such as {@code phase:ChampSelect}, with the thread it arrived on, so tests
 * can await a call and assert the order.
 */
public final class RecordingListener implements ClientListener {

    private final BlockingQueue<String> calls = new LinkedBlockingQueue<>();
    private final List<String> threads = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    /** Waits up to 10 s for a call that matches, returning every call seen on the way (the match included). */
    public synchronized List<String> awaitCall(Predicate<String> wanted) throws InterruptedException {
        List<String> skipped = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String call = calls.poll(50, TimeUnit.MILLISECONDS);
            if (call != null) {
                skipped.add(call);
                seen.add(call);
                if (wanted.test(call)) {
                    return skipped;
                }
            }
        }
        throw new AssertionError("no matching listener call within 10 s; saw " + skipped);
    }

    public List<String> awaitCall(String prefix) throws InterruptedException {
        return awaitCall(call -> call.startsWith(prefix));
    }

    /** The names of the threads calls arrived on. */
    public synchronized List<String> threads() {
        synchronized (threads) {
            return List.copyOf(threads);
        }
    }

    @Override
    public void connectionChanged(ConnectionStatus status) {
        record("connection:" + status.state() + ":" + status.message());
    }

    @Override
    public void summonerChanged(CurrentSummoner summoner) {
        record("summoner:" + summoner.riotId());
    }

    @Override
    public void phaseChanged(String phase) {
        record("phase:" + phase);
    }

    @Override
    public void champSelectChanged(ChampSelectSession session) {
        record("champSelect:" + (session == null ? "ended" : "cell " + session.localPlayerCellId()));
    }

    @Override
    public void liveGameChanged(LiveGame game) {
        record("liveGame:" + game.gameData().gameTime());
    }

    @Override
    public void liveGameUnavailable(String reason) {
        record("liveUnavailable:" + reason);
    }

    @Override
    public void clientFault(String message) {
        record("fault:" + message);
    }

    private void record(String call) {
        synchronized (threads) {
            threads.add(Thread.currentThread().getName());
        }
        calls.add(call);
    }
}
