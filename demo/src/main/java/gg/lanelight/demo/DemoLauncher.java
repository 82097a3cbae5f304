package gg.lanelight.demo;

import gg.lanelight.app.Main;
import gg.lanelight.app.history.DataFolders;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole product on one machine: the stats backend and the simulated League client as child processes, and
 * the app in this JVM, which finds the simulated client by itself exactly as it finds a real one. The children stop
 * when the app exits, and also when this JVM is ended from outside.
 */
public final class DemoLauncher {

    /** Where the app's logback.xml puts its log file; it must be set before the first logger is created. */
    private static final String APP_LOG_DIR_PROPERTY = "lanelight.logDir";

    /** Generating 50,000 matches on a cold start takes a while on a small machine. */
    private static final Duration BACKEND_START_LIMIT = Duration.ofMinutes(5);

    private static final Duration SIMULATOR_START_LIMIT = Duration.ofMinutes(1);

    private static final int CANNOT_START = 1;
    private static final int BAD_COMMAND_LINE = 2;
    private static final int APP_CRASHED = 3;

    /** A process ended by signal N exits with 128 + N. */
    private static final int SIGNAL_EXIT_CODES = 128;

    private final Logger log = LoggerFactory.getLogger(DemoLauncher.class);
    private final DemoOptions options;
    private final Repository repository;
    private final Path dataDir;
    private final StartedProcesses started = new StartedProcesses();

    private DemoLauncher(DemoOptions options, Repository repository, Path dataDir) {
        this.options = options;
        this.repository = repository;
        this.dataDir = dataDir;
    }

    /**
     * Exits with the app's exit code (0 after a normal end), or 1 when the demo could not start or the simulated
     * client failed during it (the reason is printed), 2 for a bad command line, or 3 when the app crashed.
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    private static int run(String[] args) {
        try {
            DemoOptions options = DemoOptions.parse(args);
            Path dataDir = options.dataDir().orElseGet(DemoLauncher::defaultDataDir);
            System.setProperty(APP_LOG_DIR_PROPERTY, logFolder(dataDir).toString());
            return new DemoLauncher(options, Repository.locate(), dataDir).runDemo();
        } catch (BadCommandLine e) {
            System.err.println("Lanelight demo: " + e.getMessage());
            return BAD_COMMAND_LINE;
        } catch (DemoException e) {
            System.err.println("Lanelight demo: " + e.getMessage());
            return CANNOT_START;
        }
    }

    private int runDemo() throws DemoException {
        started.releaseOnExit();
        try {
            int livePort = LoopbackPorts.freeOr(options.livePort());
            if (livePort != options.livePort()) {
                say("Port " + options.livePort() + " is busy: the Live Client Data API uses port " + livePort);
            }
            String backendUrl = options.noBackend() ? unreachableBackend() : startBackend();
            SimulatorReady simulator = startSimulator(livePort);

            say("Data folder: " + dataDir + " (history.db; the children's logs are in " + logFolder(dataDir) + ")");
            return runApp(appArguments(backendUrl, simulator, livePort));
        } finally {
            started.releaseAll();
        }
    }

    private String startBackend() throws DemoException {
        List<String> arguments = List.of("demo", "--port=0", "--matches=" + options.matches());
        ChildProcess backend = ChildProcess.start(
                "stats backend",
                repository.classpath("backend"),
                "gg.lanelight.backend.BackendMain",
                arguments,
                logFolder(dataDir).resolve("demo-backend.log"),
                "BACKEND READY ");
        started.add(backend);
        backend.watch(exit -> log.warn("{} The app carries on without statistics.", exit.description()));

        say("Starting the stats backend with " + options.matches() + " generated matches (log: " + backend.log() + ")");
        String url = backend.awaitReady(BACKEND_START_LIMIT).strip();
        say("Stats backend ready at " + url);
        return url;
    }

    private String unreachableBackend() throws DemoException {
        String url = "http://127.0.0.1:" + LoopbackPorts.unusedPort();
        say("No stats backend (--no-backend): the app is pointed at " + url + ", where nothing listens");
        return url;
    }

    private SimulatorReady startSimulator(int livePort) throws DemoException {
        Path installDirectory = temporaryInstallDirectory();
        List<String> arguments = List.of(
                "--install-directory=" + installDirectory,
                "--scenario=demo",
                "--speed=" + plain(options.speed()),
                "--live-port=" + livePort,
                "--exit-when-done");
        ChildProcess simulator = ChildProcess.start(
                "simulated League client",
                repository.classpath("simulator"),
                "gg.lanelight.simulator.SimulatorMain",
                arguments,
                logFolder(dataDir).resolve("demo-simulator.log"),
                SimulatorReady.PREFIX);
        started.add(simulator);
        simulator.watch(this::simulatorEnded);

        say("Starting the simulated League client in '" + installDirectory + "' at " + plain(options.speed())
                + "x speed (log: " + simulator.log() + ")");
        SimulatorReady ready = SimulatorReady.parse(simulator.awaitReady(SIMULATOR_START_LIMIT));
        say("Simulated client ready: LCU " + ready.lcuUrl() + ", Live Client Data " + ready.liveUrl());
        return ready;
    }

    /**
     * A simulator that fails by itself (it exits 1 to 127, e.g. when its Live Client port was taken at game start)
     * leaves the app watching a game it cannot see or, worse, another one, so the demo stops. A client killed by a
     * signal is a crash the app must cope with, and exit code 0 is the normal end after the scenario.
     */
    private void simulatorEnded(ChildProcess.UnexpectedExit exit) {
        if (exit.exitCode() == 0) {
            return;
        }
        if (exit.exitCode() > SIGNAL_EXIT_CODES) {
            log.warn("{} The app is left to cope with the vanished client.", exit.description());
            return;
        }
        log.error("{} The demo stops.", exit.description());
        System.err.println("Lanelight demo: " + exit.description() + "\nThe demo stops.");
        System.exit(CANNOT_START);
    }

    /** A fresh folder whose name has a space in it, as "League of Legends" does, to keep the app's discovery honest. */
    private Path temporaryInstallDirectory() throws DemoException {
        try {
            Path folder = Files.createTempDirectory("League of Legends ");
            started.addTemporaryFolder(folder);
            return folder;
        } catch (IOException e) {
            throw new DemoException(
                    "Cannot create a temporary install folder for the simulated client: " + e.getMessage(), e);
        }
    }

    /** The app's command line: note that it gets no port or token of the client, it must find those itself. */
    private List<String> appArguments(String backendUrl, SimulatorReady simulator, int livePort) {
        List<String> arguments = new ArrayList<>(List.of(
                "--backend=" + backendUrl,
                "--trust-ca=" + simulator.caPem(),
                "--live-port=" + livePort,
                "--data-dir=" + dataDir));
        options.snapshots().ifPresent(dir -> arguments.add("--snapshots=" + dir));
        if (options.exitWhenDone()) {
            arguments.add("--exit-when-done");
        }
        return arguments;
    }

    private int runApp(List<String> arguments) {
        log.info("Starting the app with {}", arguments);
        try {
            int exitCode = Main.run(arguments.toArray(String[]::new));
            log.info("The app has exited with code {}", exitCode);
            return exitCode;
        } catch (LinkageError e) {
            log.error("The app's classes could not be loaded", e);
            System.err.println("Lanelight demo: the app's classes are missing or stale (" + e
                    + "): rebuild with 'mvn -B -DskipTests install', or run scripts/demo, which builds.");
            return APP_CRASHED;
        } catch (RuntimeException e) {
            log.error("The app crashed", e);
            System.err.println("Lanelight demo: the app stopped with an error: " + e);
            return APP_CRASHED;
        }
    }

    /** A demo folder beside the player's real data, so demo games never mix with real history but persist. */
    private static Path defaultDataDir() {
        return DataFolders.defaultDataDir().resolve("demo");
    }

    private static Path logFolder(Path dataDir) {
        return dataDir.resolve("logs");
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** The demo's progress lines are its user interface, so they go to the console whatever the logging setup. */
    private static void say(String line) {
        System.out.println("[demo] " + line);
    }
}
