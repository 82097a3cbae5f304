package gg.lanelight.app.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.lanelight.app.live.LiveGame.LiveEvent;
import gg.lanelight.app.overlay.InGameView.ObjectiveTimer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectiveTimersTest {

    private static final String ORDER_PLAYER = "Kestrel Vane";

    @Test
    void beforeAnyKillTheFirstSpawnsCountDown() {
        List<ObjectiveTimer> timers = at(250, List.of());

        assertEquals(new ObjectiveTimer("Dragon", "0:50"), timers.get(0));
        assertEquals(new ObjectiveTimer("Baron", "15:50"), timers.get(1));
        assertEquals(new ObjectiveTimer("Herald", "9:50"), timers.get(2));
    }

    @Test
    void aDragonRespawnsFiveMinutesAfterItsKillAndIsUpAfterwards() {
        List<LiveEvent> events = List.of(kill("DragonKill", 600, "Fire"));

        assertEquals("4:00", at(660, events).get(0).status());
        assertEquals(ObjectiveTimers.UP, at(900, events).get(0).status());
    }

    @Test
    void theFourthDragonOfOneTeamBringsTheElderSixMinutesLater() {
        List<LiveEvent> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(kill("DragonKill", 400 + 400 * i, "Earth"));
        }

        ObjectiveTimer timer = at(1600, events).get(0);
        assertEquals(new ObjectiveTimer("Elder", "6:00"), timer, "the fourth kill was at 1600");
    }

    @Test
    void baronRespawnsSixMinutesAfterItsKill() {
        assertEquals(
                "6:00", at(1500, List.of(kill("BaronKill", 1500, null))).get(1).status());
    }

    @Test
    void theHeraldIsGoneOnceTakenOrAfterItsTimeIsUp() {
        assertEquals(ObjectiveTimers.UP, at(900, List.of()).get(2).status());
        assertEquals(
                ObjectiveTimers.GONE,
                at(900, List.of(kill("HeraldKill", 870, null))).get(2).status());
        assertEquals(ObjectiveTimers.GONE, at(19 * 60 + 45, List.of()).get(2).status());
    }

    private static List<ObjectiveTimer> at(double gameTime, List<LiveEvent> events) {
        return ObjectiveTimers.at(
                gameTime, events, name -> ORDER_PLAYER.equals(name) ? Optional.of("ORDER") : Optional.empty());
    }

    private static LiveEvent kill(String eventName, double time, String dragonType) {
        return new LiveEvent(0, eventName, time, ORDER_PLAYER, null, dragonType, "False", null, List.of());
    }
}
