package gg.lanelight.app;

import static gg.lanelight.app.TestFixtures.awaitFx;
import static gg.lanelight.app.TestFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.session.Session;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.stats.StatsClient;
import gg.lanelight.app.trace.TraceRecorder;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A build answer that arrives after the player changed champion is dropped. */
@ExtendWith(ApplicationExtension.class)
class StaleAnswersTest {

    private static final int FIRST_PICK = 145;
    private static final int SECOND_PICK = 222;

    private final StaticData staticData = StaticData.bundled();
    private StatsStandIn stats;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        stats = new StatsStandIn(
                Map.of(
                        FIRST_PICK + "/BOTTOM",
                        build(FIRST_PICK, 3031),
                        SECOND_PICK + "/BOTTOM",
                        build(SECOND_PICK, 3085)),
                Map.of());
        Screens screens = TestScreens.on(stage, TraceRecorder.disabled(), staticData, () -> {})
                .screens();
        session = new Session(
                screens, new StatsClient(stats.url()), staticData, Optional.empty(), TraceRecorder.disabled(), false);
        session.useClient(new FixtureClientQueries(Set.of(), Optional.empty(), Optional.empty()));
    }

    @AfterEach
    void stop() {
        session.close();
        stats.close();
    }

    @Test
    void theOldPicksLateBuildNeverReplacesTheNewPicksBuild(FxRobot robot) throws Exception {
        stats.holdBuild(FIRST_PICK + "/BOTTOM");
        session.champSelectChanged(TestFixtures.champSelect(localPick(FIRST_PICK)));
        session.champSelectChanged(TestFixtures.champSelect(localPick(SECOND_PICK)));
        String secondItems = String.join(" › ", Collections.nCopies(3, staticData.itemName(3085)));
        awaitFx(10, () -> text(robot, "#build-0-value").equals(secondItems));

        stats.releaseHeldBuild();
        session.champSelectChanged(TestFixtures.champSelect(localPick(SECOND_PICK)));

        long until = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < until) {
            assertEquals(secondItems, text(robot, "#build-0-value"), "the late answer for the first pick was dropped");
            assertEquals(staticData.championName(SECOND_PICK) + " · BOTTOM", text(robot, "#heading"));
        }
    }

    private static ObjectNode localPick(int championId) {
        ObjectNode lobby = TestFixtures.champSelectWithPicks();
        ((ObjectNode) lobby.get("myTeam").get(4)).put("championId", championId);
        return lobby;
    }

    /** A build whose core items are three times the same item, so the first item tells the builds apart. */
    private static String build(int championId, int itemId) {
        return """
                {"snapshotId":"test","championId":%d,"role":"BOTTOM","games":100,"wins":50,"winRate":0.5,
                 "coreItems":{"itemIds":[%d,%d,%d],"games":40,"wins":22,"winRate":0.55},
                 "runes":{"primaryStyleId":8000,"subStyleId":8300,"perkIds":[8008,9111,9103,8017,8304,8345,5005,5008,5001],
                          "games":40,"wins":20,"winRate":0.5},
                 "spells":{"spellIds":[4,7],"games":90,"wins":45,"winRate":0.5}}
                """.formatted(championId, itemId, itemId, itemId);
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() ->
                robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }
}
