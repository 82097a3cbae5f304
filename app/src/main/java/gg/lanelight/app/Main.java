package gg.lanelight.app;

import gg.lanelight.app.history.DataFolders;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Starts Lanelight. A plain class (not an {@link Application}) so that the app starts from the classpath without
 * JavaFX modules. Exit codes: 0 after a normal close, 2 for a command line that cannot be understood.
 */
public final class Main {

    public static final int EXIT_OK = 0;
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

        // Set before the first logger exists, so logback's file appender writes into the data folder.
        System.setProperty(LOG_DIR_PROPERTY, dataDir(options).resolve("logs").toString());
        Application.launch(LanelightApp.class, args);
        return EXIT_OK;
    }

    /** The data folder: --data-dir, else the user's data folder. */
    static Path dataDir(AppOptions options) {
        return options.dataDir().orElseGet(DataFolders::defaultDataDir);
    }
}
