package gg.lanelight.simulator.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.game.DemoGame;
import gg.lanelight.simulator.game.RecordedGame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveEventLogTest {

    private static final Map<String, String> MONSTER_EVENTS = Map.of(
            "DRAGON", "DragonKill", "RIFTHERALD", "HeraldKill", "BARON_NASHOR", "BaronKill", "HORDE", "HordeKill");

    private final RecordedGame game = DemoGame.load();
    private final JsonNode all = new LiveEventLog(game).eventsUntil(1e9);

    @Test
    void objectivesHappenAtTheTimelinesTimes() {
        List<String> expected = new ArrayList<>();
        for (JsonNode event : timelineEvents("ELITE_MONSTER_KILL")) {
            expected.add(MONSTER_EVENTS.get(event.path("monsterType").asText()) + "@" + seconds(event));
        }

        List<String> actual = new ArrayList<>();
        all.forEach(e -> {
            if (MONSTER_EVENTS.containsValue(e.path("EventName").asText())) {
                actual.add(
                        e.path("EventName").asText() + "@" + e.path("EventTime").asDouble());
            }
        });

        assertEquals(expected, actual);
    }

    @Test
    void dragonTypesComeFromTheMonsterSubType() {
        List<String> expected = timelineEvents("ELITE_MONSTER_KILL").stream()
                .filter(e -> "DRAGON".equals(e.path("monsterType").asText()))
                .map(e -> e.path("monsterSubType").asText())
                .toList();
        List<String> actual = new ArrayList<>();
        all.forEach(e -> {
            if ("DragonKill".equals(e.path("EventName").asText())) {
                actual.add(e.path("DragonType").asText().toUpperCase() + "_DRAGON");
                assertEquals("False", e.path("Stolen").asText());
            }
        });

        assertEquals(expected, actual);
    }

    @Test
    void buildingsFallAtTheTimelinesTimes() {
        long turrets = timelineEvents("BUILDING_KILL").stream()
                .filter(e -> "TOWER_BUILDING".equals(e.path("buildingType").asText()))
                .count();
        long inhibitors = timelineEvents("BUILDING_KILL").size() - turrets;

        assertEquals(turrets, count("TurretKilled"));
        assertEquals(inhibitors, count("InhibKilled"));
    }

    @Test
    void championKillsNameKillerVictimAndAssistersByBareName() {
        List<JsonNode> kills = timelineEvents("CHAMPION_KILL");
        JsonNode first = kills.get(0);
        JsonNode firstLive = events("ChampionKill").get(0);

        assertEquals(kills.size(), count("ChampionKill"));
        assertEquals(
                game.participant(first.path("killerId").asInt()).gameName(),
                firstLive.path("KillerName").asText());
        assertEquals(
                game.participant(first.path("victimId").asInt()).gameName(),
                firstLive.path("VictimName").asText());
        assertEquals(
                first.path("assistingParticipantIds").size(),
                firstLive.path("Assisters").size());
        assertEquals(seconds(first), firstLive.path("EventTime").asDouble());
    }

    @Test
    void gameStartsWithGameStartAndMinionsAndEndsWithTheLocalResult() {
        JsonNode last = all.get(all.size() - 1);
        boolean won = game.local().stats().path("win").asBoolean();

        assertEquals("GameStart", all.get(0).path("EventName").asText());
        assertEquals(
                LiveEventLog.MINIONS_SPAWN_SECONDS,
                events("MinionsSpawning").get(0).path("EventTime").asDouble());
        assertEquals("GameEnd", last.path("EventName").asText());
        assertEquals(won ? "Win" : "Lose", last.path("Result").asText());
        assertEquals(game.durationSeconds(), last.path("EventTime").asDouble());
    }

    @Test
    void eventIdsCountUpInTimeOrder() {
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).path("EventID").asInt());
            assertTrue(i == 0
                    || all.get(i - 1).path("EventTime").asDouble()
                            <= all.get(i).path("EventTime").asDouble());
        }
    }

    private long count(String name) {
        return events(name).size();
    }

    private List<JsonNode> events(String name) {
        List<JsonNode> list = new ArrayList<>();
        all.forEach(e -> {
            if (name.equals(e.path("EventName").asText())) {
                list.add(e);
            }
        });
        return list;
    }

    private List<JsonNode> timelineEvents(String type) {
        List<JsonNode> list = new ArrayList<>();
        game.timeline()
                .path("info")
                .path("frames")
                .forEach(frame -> frame.path("events").forEach(e -> {
                    if (type.equals(e.path("type").asText())) {
                        list.add(e);
                    }
                }));
        return list;
    }

    private static double seconds(JsonNode event) {
        return event.path("timestamp").asLong() / 1000.0;
    }
}
