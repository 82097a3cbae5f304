package gg.lanelight.simulator.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.game.DemoGame;
import gg.lanelight.simulator.game.Participant;
import gg.lanelight.simulator.game.RecordedGame;
import org.junit.jupiter.api.Test;

class TimelineReplayTest {

    private final RecordedGame game = DemoGame.load();
    private final TimelineReplay replay = new TimelineReplay(game.timeline());
    private final long endMillis = (long) (game.durationSeconds() * 1000) + 1000;

    @Test
    void kdaAtTheEndEqualsTheMatchTotals() {
        for (Participant player : game.participants()) {
            TimelineReplay.Kda kda = replay.kda(player.participantId(), endMillis);
            JsonNode stats = player.stats();

            assertEquals(stats.path("kills").asInt(), kda.kills(), "kills of " + player.participantId());
            assertEquals(stats.path("deaths").asInt(), kda.deaths(), "deaths of " + player.participantId());
            assertEquals(stats.path("assists").asInt(), kda.assists(), "assists of " + player.participantId());
        }
    }

    @Test
    void levelAtTheEndEqualsTheMatchChampionLevel() {
        for (Participant player : game.participants()) {
            assertEquals(player.stats().path("champLevel").asInt(), replay.level(player.participantId(), endMillis));
        }
    }

    @Test
    void nothingHasHappenedAtTheStart() {
        TimelineReplay.Kda kda = replay.kda(9, 0);

        assertEquals(new TimelineReplay.Kda(0, 0, 0), kda);
        assertEquals(0, replay.creepScore(9, 0));
        assertEquals(0.0, replay.respawnSeconds(9, 0));
    }

    @Test
    void aPlayerIsDeadRightAfterDyingAndAliveLater() {
        JsonNode firstKill = replay.events("CHAMPION_KILL", endMillis).get(0);
        int victim = firstKill.path("victimId").asInt();
        long death = firstKill.path("timestamp").asLong();

        assertTrue(replay.respawnSeconds(victim, death + 1000) > 0);
        assertEquals(0.0, replay.respawnSeconds(victim, death + 120_000));
    }

    @Test
    void abilityPointsStayWithinEachAbilitysMaximum() {
        for (Participant player : game.participants()) {
            int[] points = replay.abilityLevels(player.participantId(), endMillis);

            for (int basic = 0; basic < 3; basic++) {
                assertTrue(points[basic] <= 5, "basic ability points of " + player.riotId());
            }
            assertTrue(points[3] >= 1 && points[3] <= 3, "ultimate points of " + player.riotId());
        }
    }
}
