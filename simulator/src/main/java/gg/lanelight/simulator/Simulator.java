package gg.lanelight.simulator;

import gg.lanelight.simulator.game.LocalSummoner;
import gg.lanelight.simulator.lcu.ClientState;
import gg.lanelight.simulator.lcu.LcuRoutes;
import gg.lanelight.simulator.lcu.LcuServer;
import gg.lanelight.simulator.lcu.PerksStore;
import gg.lanelight.simulator.lcu.PlayerDirectory;
import gg.lanelight.simulator.lcu.WampHub;
import gg.lanelight.simulator.live.GameNames;
import gg.lanelight.simulator.live.ItemCatalog;
import gg.lanelight.simulator.live.LiveGameView;
import gg.lanelight.simulator.live.LiveServer;
import gg.lanelight.simulator.scenario.Scenario;
import gg.lanelight.simulator.scenario.ScenarioLoader;
import gg.lanelight.simulator.scenario.ScenarioRunner;
import gg.lanelight.simulator.tls.SimulatorCa;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The simulated League client inside one process: its CA, LCU server (REST + WAMP), Live Client server and
 * the scenario that drives them. Used by {@link SimulatorMain} in the "LeagueClientUx" process and directly by
 * in-process tests. Close it to stop everything.
 */
public final class Simulator implements AutoCloseable {

    private static final String CURRENT_SUMMONER = "gg/lanelight/simulator/lcu/current-summoner.json";

    private final LcuServer lcu;
    private final LiveServer live;
    private final ScenarioRunner runner;
    private final Path caPem;

    private Simulator(LcuServer lcu, LiveServer live, ScenarioRunner runner, Path caPem) {
        this.lcu = lcu;
        this.live = live;
        this.runner = runner;
        this.caPem = caPem;
    }

    /**
     * Starts the servers; the scenario waits for {@link #startScenario()}.
     *
     * @param lcuPort 0 picks a free port
     * @param token the LCU password; never logged
     * @throws IllegalArgumentException when the scenario cannot be loaded (the message says why)
     * @throws IOException when the CA files cannot be read or written or the live port is taken
     */
    public static Simulator start(SimulatorOptions options, int lcuPort, String token) throws IOException {
        SimulatorCa ca = SimulatorCa.loadOrCreate(options.caOut());
        Path caPem = ca.pem();
        Scenario scenario =
                ScenarioLoader.load(options.scenario(), LocalSummoner.from(Json.resource(CURRENT_SUMMONER)));

        WampHub hub = new WampHub();
        ClientState state = new ClientState(scenario.game(), hub);
        PlayerDirectory players = new PlayerDirectory(scenario.game(), state::gamePlayed);
        LcuRoutes routes = new LcuRoutes(state, players, new PerksStore(hub));
        LcuServer lcu = new LcuServer(lcuPort, token, ca.serverContext("LCU"), routes, hub);
        LiveGameView view = new LiveGameView(scenario.game(), new ItemCatalog(), new GameNames());
        LiveServer live = new LiveServer(options.livePort(), ca.serverContext("Live Client"), view);
        live.ensurePortFree();

        CountDownLatch startSignal = options.start() == SimulatorOptions.StartMode.IMMEDIATELY
                ? new CountDownLatch(0)
                : hub.firstSubscription();
        double speed = options.speed() * scenario.speed();
        ScenarioRunner runner = new ScenarioRunner(scenario, state, live, hub, players, speed, startSignal);
        lcu.start();
        return new Simulator(lcu, live, runner, caPem);
    }

    /**
     * Starts the scenario thread; its clock then starts at once or at the first subscription, per
     * {@code --start}. Call it after the READY line, so that nothing happens before a client can know the port.
     */
    public void startScenario() {
        runner.start();
    }

    public int lcuPort() {
        return lcu.port();
    }

    public int livePort() {
        return live.port();
    }

    public Path caPem() {
        return caPem;
    }

    /** The line the process prints once it serves: the contract with the demo launcher (docs/architecture.md). */
    public String readyLine() {
        return "SIMULATOR READY lcu=https://127.0.0.1:" + lcuPort() + " live=https://127.0.0.1:" + livePort() + " ca="
                + caPem;
    }

    /** Released when the scenario has run its last step (or failed). */
    public CountDownLatch finished() {
        return runner.finished();
    }

    /** Why the scenario stopped before its end; empty while it runs and after it ran to the end. */
    public Optional<String> failure() {
        return runner.failure();
    }

    /** Real milliseconds for a span of scenario seconds at this run's speed. */
    public long realMillis(double scenarioSeconds) {
        return runner.realMillis(scenarioSeconds);
    }

    @Override
    public void close() {
        runner.close();
        live.close();
        lcu.close();
    }
}
