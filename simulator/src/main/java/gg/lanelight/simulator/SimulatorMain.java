package gg.lanelight.simulator;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the simulated League client (docs/simulator.md). Started without {@code --app-port} and
 * {@code --remoting-auth-token}, it is the "LeagueClient" launcher and re-executes itself; with them it is the
 * "LeagueClientUx" that writes the lockfile, serves the APIs and prints the READY line on stdout. Logs go to stderr.
 */
public final class SimulatorMain {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorMain.class);
    private static final int USAGE_ERROR = 2;
    private static final int START_ERROR = 1;
    private static final int SCENARIO_FAILED = 3;
    private static final double EXIT_DELAY_SCENARIO_SECONDS = 5;

    private SimulatorMain() {}

    public static void main(String[] args) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(USAGE_ERROR);
            return;
        }
        try {
            System.exit(options.isClientUx() ? runClientUx(options) : new ClientLauncher(options, args).run());
        } catch (IOException | RuntimeException e) {
            LOG.error("The simulator could not start: {}", e.getMessage());
            System.exit(START_ERROR);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(START_ERROR);
        }
    }

    private static int runClientUx(SimulatorOptions options) throws IOException, InterruptedException {
        Simulator simulator = Simulator.start(options, options.appPort(), options.authToken());
        long pid = options.appPid() != null
                ? options.appPid()
                : ProcessHandle.current().pid();
        Lockfile lockfile = Lockfile.write(options.installDirectory(), pid, simulator.lcuPort(), options.authToken());
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            simulator.close();
                            lockfile.delete();
                        },
                        "simulator-shutdown"));

        System.out.println(simulator.readyLine());
        System.out.flush();
        simulator.startScenario();
        LOG.info("Simulated League client ready, install directory {}", options.installDirectory());

        simulator.finished().await();
        if (simulator.failure().isPresent()) {
            LOG.error("The simulated client stops because its scenario failed; the lockfile is removed");
            return SCENARIO_FAILED;
        }
        if (options.exitWhenDone()) {
            Thread.sleep(simulator.realMillis(EXIT_DELAY_SCENARIO_SECONDS));
            LOG.info("Scenario done, exiting (--exit-when-done)");
            return 0;
        }
        new CountDownLatch(1).await();
        return 0;
    }
}
