package gg.lanelight.app;

import gg.lanelight.app.history.DataFolders;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.Application;

/**
 * Starts Lanelight. A plain class (not an {@link Application}) so that the app starts from the classpath without
 * JavaFX modules. Exit codes: 0 after a normal close, 1 without a graphical display, 2 for a command line that cannot
 * be understood (including a data folder that cannot be written or a --trust-ca file that is not a certificate).
 */
public final class Main {

    public static final int EXIT_OK = 0;
    public static final int EXIT_NO_DISPLAY = 1;
    public static final int EXIT_USAGE = 2;

    /** Where logback writes the rolling log; read by logback.xml. */
    static final String LOG_DIR_PROPERTY = "lanelight.logDir";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the app until it closes and returns the exit code, without calling System.exit (for in-process launchers).
     * JavaFX allows one launch per JVM.
     */
    public static int run(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(AppOptions.USAGE);
            return EXIT_OK;
        }
        AppOptions options;
        try {
            options = AppOptions.parse(Arrays.asList(args));
        } catch (AppOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(AppOptions.USAGE);
            return EXIT_USAGE;
        }

        // Checked before the first logger exists, so logback never starts on a folder it cannot write.
        Path dataDir = dataDir(options);
        Optional<String> dataDirProblem = StartupChecks.dataDirProblem(dataDir);
        if (dataDirProblem.isPresent()) {
            System.err.println(dataDirProblem.get());
            return EXIT_USAGE;
        }
        System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());

        Optional<String> trustProblem = StartupChecks.trustCaProblem(options.trustCa());
        if (trustProblem.isPresent()) {
            System.err.println(trustProblem.get());
            return EXIT_USAGE;
        }
        return launch(args);
    }

    private static int launch(String[] args) {
        if (StartupChecks.displayProblem(System.getProperty("os.name", ""), System.getenv())
                .isPresent()) {
            System.err.println(StartupChecks.NO_DISPLAY);
            return EXIT_NO_DISPLAY;
        }
        try {
            Application.launch(LanelightApp.class, args);
            return EXIT_OK;
        } catch (RuntimeException e) {
            // DISPLAY set but no X server behind it: JavaFX says so in the message of an unchecked exception.
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                System.err.println(StartupChecks.NO_DISPLAY);
                return EXIT_NO_DISPLAY;
            }
            throw e;
        }
    }

    /** The data folder: --data-dir, else the user's data folder. */
    static Path dataDir(AppOptions options) {
        return options.dataDir().orElseGet(DataFolders::defaultDataDir);
    }
}
