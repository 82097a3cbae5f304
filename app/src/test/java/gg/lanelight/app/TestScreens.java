package gg.lanelight.app;

import gg.lanelight.app.main.MainWindow;
import gg.lanelight.app.overlay.ChampSelectOverlay;
import gg.lanelight.app.overlay.DesktopWindows;
import gg.lanelight.app.overlay.InGameOverlay;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.trace.TraceRecorder;
import javafx.stage.Stage;

/** The real windows on a TestFX stage, without native window styling. Create on the JavaFX thread. */
record TestScreens(MainWindow main, Screens screens) {

    static TestScreens on(Stage stage, TraceRecorder trace, StaticData staticData, Runnable onFinished) {
        MainWindow main = new MainWindow(stage);
        main.show();
        Screens screens = new Screens(
                main,
                new ChampSelectOverlay(DesktopWindows.NONE),
                new InGameOverlay(DesktopWindows.NONE),
                trace,
                staticData,
                onFinished);
        return new TestScreens(main, screens);
    }
}
