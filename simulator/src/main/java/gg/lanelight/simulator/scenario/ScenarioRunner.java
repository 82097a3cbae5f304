package gg.lanelight.simulator.scenario;

import gg.lanelight.simulator.lcu.ClientState;
import gg.lanelight.simulator.lcu.PlayerDirectory;
import gg.lanelight.simulator.lcu.WampHub;
import gg.lanelight.simulator.live.LiveGameClock;
import gg.lanelight.simulator.live.LiveServer;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a scenario on its own thread: waits for the start signal, then runs each step after its (speed-scaled)
 * delay. Entering GameStart opens the Live Client port in its loading state, InProgress starts the game clock,
 * {@code playGame} waits until the recorded game's end, and leaving the game closes the port and adds the game to
 * match history.
 */
public final class ScenarioRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);
    private static final Set<String> IN_GAME_PHASES = Set.of("GameStart", "InProgress", "Reconnect");
    private static final String HISTORY_URI = "/lol-match-history/v1/products/lol/current-summoner/matches";

    private final Scenario scenario;
    private final ClientState state;
    private final LiveServer live;
    private final WampHub hub;
    private final PlayerDirectory players;
    private final double speed;
    private final CountDownLatch startSignal;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private volatile String failure;
    private LiveGameClock clock;
    private boolean gameOver;

    /**
     * @param speed the effective speed factor (command line × scenario)
     * @param startSignal released when the scenario clock should start
     */
    public ScenarioRunner(
            Scenario scenario,
            ClientState state,
            LiveServer live,
            WampHub hub,
            PlayerDirectory players,
            double speed,
            CountDownLatch startSignal) {
        this.scenario = scenario;
        this.state = state;
        this.live = live;
        this.hub = hub;
        this.players = players;
        this.speed = speed;
        this.startSignal = startSignal;
        this.thread = new Thread(this::run, "scenario");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Released once every step has run, or the scenario failed or was stopped. */
    public CountDownLatch finished() {
        return finished;
    }

    /** Why the scenario stopped before its end; empty while it runs and after it ran to the end. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Real milliseconds for a span of scenario seconds. */
    public long realMillis(double scenarioSeconds) {
        return (long) Math.ceil(scenarioSeconds * 1000 / speed);
    }

    private void run() {
        try {
            if (!await(startSignal, Long.MAX_VALUE)) {
                return;
            }
            LOG.info("Scenario '{}' started at speed {}", scenario.name(), speed);
            for (Step step : scenario.steps()) {
                if (!sleep(realMillis(step.afterSeconds()))) {
                    return;
                }
                execute(step);
            }
            LOG.info("Scenario '{}' has ended", scenario.name());
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.error("Scenario '{}' stopped: {}", scenario.name(), e.getMessage());
        } finally {
            finished.countDown();
        }
    }

    private void execute(Step step) {
        if (step.changesChampSelect()) {
            state.changeChampSelect(s -> step.applyTo(s, this::realMillis));
            return;
        }
        switch (step.kind()) {
            case PHASE -> phase(step.argument().asText());
            case PLAY_GAME -> playGame();
            default -> throw new IllegalStateException(step.kind().key() + " is expanded when loading");
        }
    }

    /** The game process opens and closes its port before the client announces the phase, as clients expect. */
    private void phase(String next) {
        boolean leavingGame = IN_GAME_PHASES.contains(state.phase()) && !IN_GAME_PHASES.contains(next);
        if ("GameStart".equals(next)) {
            clock = new LiveGameClock(
                    speed, scenario.startAtGameSeconds(), scenario.game().endSeconds());
            live.open(clock);
        } else if ("InProgress".equals(next) && clock != null && !clock.started()) {
            clock.start();
        }
        if (leavingGame) {
            live.close();
        }
        state.setPhase(next);
        if (leavingGame) {
            recordPlayedGame();
        }
    }

    private void playGame() {
        if (clock == null || !clock.started()) {
            throw new IllegalStateException("playGame needs a running game; put GameStart and InProgress steps first");
        }
        LOG.info("Game running from {} s to {} s of game time", (long) clock.gameSeconds(), (long)
                scenario.game().endSeconds());
        if (sleep(clock.realMillisUntilEnd())) {
            gameOver = true;
            LOG.info("Game over");
        }
    }

    private void recordPlayedGame() {
        if (gameOver) {
            state.markGamePlayed();
            players.matchHistory(players.localPuuid(), null, null)
                    .ifPresent(history -> hub.publish(HISTORY_URI, "Update", history));
        }
    }

    private boolean sleep(long millis) {
        if (millis <= 0) {
            return !Thread.currentThread().isInterrupted();
        }
        return !await(stop, millis) && !Thread.currentThread().isInterrupted();
    }

    /** Awaits a latch; false when interrupted. */
    private static boolean await(CountDownLatch latch, long millis) {
        try {
            return latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        stop.countDown();
        thread.interrupt();
    }
}
