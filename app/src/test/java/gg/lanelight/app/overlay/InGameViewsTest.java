package gg.lanelight.app.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.TestFixtures;
import gg.lanelight.app.overlay.InGameView.ObjectiveTimer;
import gg.lanelight.app.staticdata.StaticData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-game view of a spectated game: the recorded spectator events, whose clock starts at about 1023 s. */
class InGameViewsTest {

    private final InGameViews views = new InGameViews(StaticData.bundled());

    @Test
    void aSpectatedGameLateInTheRecordingHasEveryObjectiveUpOrGoneAndNoLocalPlayer() {
        JsonNode events = TestFixtures.json("liveclient/eventdata.json").get("Events");
        double lastEventTime = events.get(events.size() - 1).get("EventTime").asDouble();
        ObjectNode game = (ObjectNode) TestFixtures.json("liveclient/allgamedata.json");
        game.putObject("activePlayer").put("error", "Spectator mode doesn't currently support this feature");
        game.putObject("events").set("Events", events);
        ((ObjectNode) game.get("gameData")).put("gameTime", lastEventTime);

        InGameView view = views.view(new InGameFacts(TestFixtures.liveGame(game), Map.of(), Map.of(), Set.of(), ""));

        assertTrue(lastEventTime > ObjectiveTimers.HERALD_DESPAWN, "the recording ends after the herald left");
        assertEquals(
                List.of(
                        new ObjectiveTimer("Dragon", ObjectiveTimers.UP),
                        new ObjectiveTimer("Baron", ObjectiveTimers.UP),
                        new ObjectiveTimer("Herald", ObjectiveTimers.GONE)),
                view.objectives());
        assertFalse(view.scoreboard().stream().anyMatch(InGameView.ScoreRow::you), "a spectator is nobody");
        assertEquals(
                game.get("allPlayers").size(),
                view.scoreboard().stream().filter(r -> r.rank().isEmpty()).count(),
                "no ranks without a gameflow session");
    }
}
