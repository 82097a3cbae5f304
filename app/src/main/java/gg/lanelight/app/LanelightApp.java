package gg.lanelight.app;

import gg.lanelight.app.client.ClientConnection;
import gg.lanelight.app.client.LcuException;
import gg.lanelight.app.history.HistoryException;
import gg.lanelight.app.history.HistoryStore;
import gg.lanelight.app.main.MainWindow;
import gg.lanelight.app.overlay.ChampSelectOverlay;
import gg.lanelight.app.overlay.InGameOverlay;
import gg.lanelight.app.overlay.NativeDesktopWindows;
import gg.lanelight.app.session.ConnectionQueries;
import gg.lanelight.app.session.Session;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.stats.StatsClient;
import gg.lanelight.app.trace.TraceRecorder;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the main window at once, then wires the rest on a startup thread (history file,
 * stats client, the client connection) so the JavaFX thread never waits on disk or network.
 */
public final class LanelightApp extends Application {

    static final String HISTORY_FILE = "history.db";

    private static final Logger LOG = LoggerFactory.getLogger(LanelightApp.class);
    private static final long START_NANOS = System.nanoTime();

    private AppOptions options;
    private TraceRecorder trace = TraceRecorder.disabled();
    private Screens screens;
    private volatile Session session;
    private volatile ClientConnection connection;
    private volatile HistoryStore history;

    @Override
    public void init() throws Exception {
        options = AppOptions.parse(getParameters().getRaw());
        if (options.snapshots().isPresent()) {
            trace = TraceRecorder.into(options.snapshots().get(), START_NANOS);
        }
    }

    @Override
    public void start(Stage primaryStage) {
        Platform.setImplicitExit(true);
        StaticData staticData = StaticData.bundled();
        MainWindow main = new MainWindow(primaryStage);
        NativeDesktopWindows desktop = NativeDesktopWindows.forCurrentOs();
        screens = new Screens(
                main, new ChampSelectOverlay(desktop), new InGameOverlay(desktop), trace, staticData, Platform::exit);
        main.show();

        Thread startup = new Thread(() -> connect(staticData), "lanelight-startup");
        startup.setDaemon(true);
        startup.start();
    }

    @Override
    public void stop() {
        LOG.info("Lanelight is closing");
        if (connection != null) {
            connection.close();
        }
        if (session != null) {
            session.close();
        }
        if (history != null) {
            history.close();
        }
        trace.close();
    }

    private void connect(StaticData staticData) {
        Path dataDir = Main.dataDir(options);
        Optional<HistoryStore> store = openHistory(dataDir.resolve(HISTORY_FILE));
        history = store.orElse(null);

        session = new Session(
                screens, new StatsClient(options.backend()), staticData, store, trace, options.exitWhenDone());
        session.loadHistory();
        LOG.info("Lanelight started: stats service {}, data in {}", options.backend(), dataDir);

        try {
            ClientConnection built = ClientConnection.builder()
                    .listener(session)
                    .extraTrustedCa(options.trustCa().orElse(null))
                    .livePort(options.livePort())
                    .installDirectoryHint(options.installDirectory().orElse(null))
                    .build();
            session.useClient(new ConnectionQueries(built));
            connection = built;
            built.start();
        } catch (LcuException e) {
            screens.showFault(e.getMessage());
        }
    }

    private Optional<HistoryStore> openHistory(Path file) {
        try {
            return Optional.of(HistoryStore.openReplacingDamaged(file, screens::showFault));
        } catch (HistoryException e) {
            screens.showFault(e.getMessage() + " Games of this run will not be saved.");
            return Optional.empty();
        }
    }
}
