package gg.lanelight.app;

import static gg.lanelight.app.TestFixtures.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.overlay.DesktopWindows;
import gg.lanelight.app.overlay.InGameFacts;
import gg.lanelight.app.overlay.InGameOverlay;
import gg.lanelight.app.overlay.InGameView;
import gg.lanelight.app.overlay.InGameViews;
import gg.lanelight.app.staticdata.StaticData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The in-game overlay from the recorded game payload, with a dragon kill and lane positions added. */
@ExtendWith(ApplicationExtension.class)
class InGameOverlayTest {

    private static final double DRAGON_KILL_AT = 400.0;
    private static final String LOCAL_PUUID = "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6";

    private final StaticData staticData = StaticData.bundled();
    private final InGameViews views = new InGameViews(staticData);
    private final ObjectNode game = recordedGameWithDragonKill();
    private InGameOverlay overlay;

    @Start
    void start(Stage stage) {
        overlay = new InGameOverlay(DesktopWindows.NONE);
    }

    @Test
    void showsTimersLaneGoldAndScoreboardComputedFromThePayload(FxRobot robot) {
        InGameView view = views.view(facts(game));
        onFx(() -> overlay.show(view));

        double gameTime = game.get("gameData").get("gameTime").asDouble();
        assertEquals(minutesSeconds(Math.floor(gameTime)), text(robot, "#game-time"));
        assertEquals("Dragon", text(robot, "#objective-0-objective"));
        assertEquals(minutesSeconds(Math.ceil(DRAGON_KILL_AT + 300 - gameTime)), text(robot, "#objective-0-status"));
        assertEquals(minutesSeconds(Math.ceil(20 * 60 - gameTime)), text(robot, "#objective-1-status"));
        assertEquals(minutesSeconds(Math.ceil(14 * 60 - gameTime)), text(robot, "#objective-2-status"));

        JsonNode samira = player("Samira");
        JsonNode kayle = player("Kayle");
        int allyGold = itemGold(samira);
        int enemyGold = itemGold(kayle);
        assertEquals("TOP", text(robot, "#lane-0-role"), "only the enemy has a top laner");
        assertEquals("BOTTOM", text(robot, "#lane-1-role"));
        assertEquals("Samira", text(robot, "#lane-1-ally-champion"));
        assertEquals("Kayle", text(robot, "#lane-1-enemy-champion"));
        assertEquals(String.format(Locale.ROOT, "%,d", allyGold), text(robot, "#lane-1-ally-gold"));
        assertEquals(String.format(Locale.ROOT, "%,d", enemyGold), text(robot, "#lane-1-enemy-gold"));
        assertEquals(String.format(Locale.ROOT, "%+,d", allyGold - enemyGold), text(robot, "#lane-1-gold-difference"));
        assertEquals(
                samira.get("scores").get("creepScore").asInt() + " / "
                        + kayle.get("scores").get("creepScore").asInt() + " CS",
                text(robot, "#lane-1-cs"));

        JsonNode solo = TestFixtures.json("lcu/ranked-stats.json").get("queues").get(0);
        assertEquals("Samira", text(robot, "#score-0-champion"), "the local team comes first");
        assertEquals(
                solo.get("tier").asText() + " " + solo.get("division").asText() + " "
                        + solo.get("leaguePoints").asInt() + " LP",
                text(robot, "#score-0-rank"));
        assertEquals(kda(samira), text(robot, "#score-0-kda"));
        assertEquals(
                game.get("allPlayers").size(),
                onFx(() -> robot.lookup(".scoreboard .overlay-row").queryAll().size()));
    }

    @Test
    void anIdenticalUpdateChangesNothingAndANewSecondChangesOnlyItsTexts() {
        InGameView first = views.view(facts(game));
        onFx(() -> overlay.show(first));
        List<Node> nodesBefore = onFx(() -> allNodes(overlay.root()));
        List<String> textsBefore = onFx(() -> texts(nodesBefore));

        assertFalse(onFx(() -> overlay.show(views.view(facts(game)))), "an equal view is not applied");
        assertSameNodes(nodesBefore, onFx(() -> allNodes(overlay.root())));
        assertEquals(textsBefore, onFx(() -> texts(nodesBefore)));

        ((ObjectNode) game.get("gameData"))
                .put("gameTime", game.get("gameData").get("gameTime").asDouble() + 1);
        assertTrue(onFx(() -> overlay.show(views.view(facts(game)))));
        assertSameNodes(nodesBefore, onFx(() -> allNodes(overlay.root())));
        List<String> textsAfter = onFx(() -> texts(nodesBefore));
        long changed = countDifferences(textsBefore, textsAfter);
        assertEquals(4, changed, "the clock and the three countdowns, nothing else: " + textsAfter);
    }

    private InGameFacts facts(JsonNode allGameData) {
        int samiraId = staticData.championIdByName("Samira").getAsInt();
        return new InGameFacts(
                TestFixtures.liveGame(allGameData),
                Map.of(samiraId, LOCAL_PUUID),
                Map.of(LOCAL_PUUID, TestFixtures.rankedStats()),
                Set.of(),
                "");
    }

    /** The recorded vs-bots game: the local Samira and the bot Kayle both put in the bottom lane, one dragon taken. */
    private static ObjectNode recordedGameWithDragonKill() {
        ObjectNode game = (ObjectNode) TestFixtures.json("liveclient/allgamedata.json");
        for (JsonNode player : game.get("allPlayers")) {
            String champion = player.get("championName").asText();
            if (champion.equals("Samira") || champion.equals("Kayle")) {
                ((ObjectNode) player).put("position", "BOTTOM");
            }
        }
        ArrayNode events = (ArrayNode) game.get("events").get("Events");
        events.addObject()
                .put("EventID", events.size())
                .put("EventName", "DragonKill")
                .put("EventTime", DRAGON_KILL_AT)
                .put("DragonType", "Fire")
                .put("Stolen", "False")
                .put("KillerName", "Kestrel Vane");
        return game;
    }

    private JsonNode player(String championName) {
        for (JsonNode player : game.get("allPlayers")) {
            if (player.get("championName").asText().equals(championName)) {
                return player;
            }
        }
        throw new AssertionError(championName + " is not in the recording");
    }

    private static int itemGold(JsonNode player) {
        int gold = 0;
        for (JsonNode item : player.get("items")) {
            gold += item.get("price").asInt() * Math.max(1, item.get("count").asInt());
        }
        return gold;
    }

    private static String kda(JsonNode player) {
        JsonNode scores = player.get("scores");
        return scores.get("kills").asInt() + "/" + scores.get("deaths").asInt() + "/"
                + scores.get("assists").asInt();
    }

    private static String minutesSeconds(double seconds) {
        long whole = (long) seconds;
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    static List<Node> allNodes(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent && !(node instanceof Label)) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    static List<String> texts(List<Node> nodes) {
        return nodes.stream()
                .filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText())
                .toList();
    }

    static void assertSameNodes(List<Node> before, List<Node> after) {
        assertEquals(before.size(), after.size(), "no node added or removed");
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), after.get(i), "node " + i + " kept");
        }
    }

    private static long countDifferences(List<String> before, List<String> after) {
        long count = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                count++;
            }
        }
        return count;
    }
}
