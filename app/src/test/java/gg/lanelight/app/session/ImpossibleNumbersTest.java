package gg.lanelight.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.TestFixtures;
import gg.lanelight.app.live.LiveGame;
import gg.lanelight.app.live.LiveGame.Scores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Negative kills, deaths, assists or CS from the Live Client become 0, with one WARN per game. */
class ImpossibleNumbersTest {

    private final ImpossibleNumbers numbers = new ImpossibleNumbers();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ImpossibleNumbers.class);

    @BeforeEach
    void listen() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logs);
    }

    @Test
    void negativeCountsBecomeZeroAndTheOthersStay() {
        LiveGame recorded = recordedGame();
        Scores before = recorded.allPlayers().get(1).scores();

        LiveGame sound = numbers.sound(withScores(-3, -1, -7, -40), 1);

        Scores first = sound.allPlayers().get(0).scores();
        assertEquals(new Scores(0, 0, 0, 0, first.wardScore()), first);
        assertEquals(before, sound.allPlayers().get(1).scores(), "a sound player is left as reported");
        assertEquals(recorded.allPlayers().size(), sound.allPlayers().size());
    }

    @Test
    void aSoundGameIsPassedOnAsItIsWithoutAWarning() {
        LiveGame recorded = recordedGame();

        assertSame(recorded, numbers.sound(recorded, 1));
        assertEquals(0, logs.list.size());
    }

    @Test
    void warnsOncePerGame() {
        numbers.sound(withScores(-1, 0, 0, 0), 1);
        numbers.sound(withScores(-2, 0, 0, 0), 1);
        numbers.sound(withScores(0, 0, 0, -5), 2);

        assertEquals(2, logs.list.size(), logs.list.toString());
        assertEquals(Level.WARN, logs.list.get(0).getLevel());
    }

    private static LiveGame recordedGame() {
        return TestFixtures.liveGame(TestFixtures.json("liveclient/allgamedata.json"));
    }

    /** The recorded game with the first player's scores replaced. */
    private static LiveGame withScores(int kills, int deaths, int assists, int creepScore) {
        ObjectNode game = (ObjectNode) TestFixtures.json("liveclient/allgamedata.json");
        ((ObjectNode) game.get("allPlayers").get(0).get("scores"))
                .put("kills", kills)
                .put("deaths", deaths)
                .put("assists", assists)
                .put("creepScore", creepScore);
        return TestFixtures.liveGame(game);
    }
}
