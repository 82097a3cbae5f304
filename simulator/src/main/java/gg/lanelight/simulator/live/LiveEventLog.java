package gg.lanelight.simulator.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.game.RecordedGame;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Live Client's event list of the recorded game, derived once from the timeline: game start, minions, kills,
 * objectives, buildings and the game's end, at their real game times. Immutable and thread-safe.
 */
public final class LiveEventLog {

    /** Seconds of game time when the first minion waves spawn. */
    static final double MINIONS_SPAWN_SECONDS = 65.0;

    private static final Map<String, String> MONSTER_EVENTS = Map.of(
            "DRAGON", "DragonKill", "RIFTHERALD", "HeraldKill", "BARON_NASHOR", "BaronKill", "HORDE", "HordeKill");
    /** The lane numbers in turret names are assumed (bot 0, mid 1, top 2): no public source documents them. */
    private static final Map<String, Integer> LANES = Map.of("BOT_LANE", 0, "MID_LANE", 1, "TOP_LANE", 2);

    private static final Map<String, Integer> TURRET_POSITIONS =
            Map.of("OUTER_TURRET", 3, "INNER_TURRET", 2, "BASE_TURRET", 1, "NEXUS_TURRET", 4);

    private final RecordedGame game;
    private final List<ObjectNode> events;

    public LiveEventLog(RecordedGame game) {
        this.game = game;
        this.events = build();
    }

    /** The events that have happened at {@code gameSeconds}, as the {@code Events} array. */
    public ArrayNode eventsUntil(double gameSeconds) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        events.stream()
                .filter(e -> e.path("EventTime").asDouble() <= gameSeconds)
                .forEach(e -> list.add(e.deepCopy()));
        return list;
    }

    private List<ObjectNode> build() {
        List<ObjectNode> list = new ArrayList<>();
        list.add(event("GameStart", 0.0));
        list.add(event("MinionsSpawning", MINIONS_SPAWN_SECONDS));
        for (JsonNode frame : game.timeline().path("info").path("frames")) {
            frame.path("events").forEach(e -> convert(e, list));
        }
        list.add(gameEnd());
        list.sort(Comparator.comparingDouble(e -> e.path("EventTime").asDouble()));
        for (int i = 0; i < list.size(); i++) {
            list.get(i).put("EventID", i);
        }
        return List.copyOf(list);
    }

    private void convert(JsonNode source, List<ObjectNode> list) {
        double seconds = source.path("timestamp").asLong() / 1000.0;
        switch (source.path("type").asText()) {
            case "CHAMPION_KILL" -> list.add(kill(source, seconds));
            case "CHAMPION_SPECIAL_KILL" -> specialKill(source, seconds, list);
            case "ELITE_MONSTER_KILL" -> list.add(monster(source, seconds));
            case "BUILDING_KILL" -> list.add(building(source, seconds));
            default -> {
                // wards, items, skills and levels have no Live Client event
            }
        }
    }

    private ObjectNode kill(JsonNode source, double seconds) {
        ObjectNode event = withKiller("ChampionKill", seconds, source);
        event.put("VictimName", name(source.path("victimId").asInt()));
        return event;
    }

    private void specialKill(JsonNode source, double seconds, List<ObjectNode> list) {
        String killer = name(source.path("killerId").asInt());
        switch (source.path("killType").asText()) {
            case "KILL_FIRST_BLOOD" -> list.add(event("FirstBlood", seconds).put("Recipient", killer));
            case "KILL_MULTI" ->
                list.add(event("Multikill", seconds)
                        .put("KillerName", killer)
                        .put("KillStreak", source.path("multiKillLength").asInt()));
            case "KILL_ACE" ->
                list.add(event("Ace", seconds)
                        .put("Acer", killer)
                        .put("AcingTeam", liveTeamOf(source.path("killerId").asInt())));
            default -> {
                // other special kills have no Live Client event
            }
        }
    }

    /** Stolen is always "False": the timeline does not say whether an objective was stolen. */
    private ObjectNode monster(JsonNode source, double seconds) {
        String monsterType = source.path("monsterType").asText();
        ObjectNode event = withKiller(MONSTER_EVENTS.getOrDefault(monsterType, "EpicMonsterKill"), seconds, source);
        if ("DRAGON".equals(monsterType)) {
            event.put("DragonType", dragonType(source.path("monsterSubType").asText()));
        }
        event.put("Stolen", "False");
        return event;
    }

    /** FIRE_DRAGON → Fire, ELDER_DRAGON → Elder, as the Live Client spells them. */
    static String dragonType(String monsterSubType) {
        String element = monsterSubType.replace("_DRAGON", "").toLowerCase(Locale.ROOT);
        return element.isEmpty() ? "" : Character.toUpperCase(element.charAt(0)) + element.substring(1);
    }

    private ObjectNode building(JsonNode source, double seconds) {
        boolean turret = "TOWER_BUILDING".equals(source.path("buildingType").asText());
        ObjectNode event = withKiller(turret ? "TurretKilled" : "InhibKilled", seconds, source);
        int owner = source.path("teamId").asInt();
        int lane = LANES.getOrDefault(source.path("laneType").asText(), 1);
        if (source.path("killerId").asInt() == 0) {
            event.put("KillerName", "Minion_T" + (owner == 100 ? 200 : 100) + "L" + lane + "S00N0000");
        }
        if (turret) {
            int position =
                    TURRET_POSITIONS.getOrDefault(source.path("towerType").asText(), 3);
            event.put(
                    "TurretKilled",
                    "Turret_T" + owner + "_L" + lane + "_P" + position + "_" + source.path("timestamp"));
        } else {
            event.put("InhibKilled", "Barracks_T" + owner + "_L" + lane);
        }
        return event;
    }

    private ObjectNode gameEnd() {
        boolean won = game.winningTeam() == game.local().teamId();
        return event("GameEnd", game.durationSeconds()).put("Result", won ? "Win" : "Lose");
    }

    private ObjectNode withKiller(String name, double seconds, JsonNode source) {
        ObjectNode event = event(name, seconds);
        ArrayNode assisters = event.putArray("Assisters");
        source.path("assistingParticipantIds").forEach(id -> {
            String assister = name(id.asInt());
            if (!containsText(assisters, assister)) {
                assisters.add(assister);
            }
        });
        event.put("KillerName", name(source.path("killerId").asInt()));
        return event;
    }

    private static boolean containsText(ArrayNode array, String text) {
        for (JsonNode element : array) {
            if (element.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode event(String name, double seconds) {
        return Json.MAPPER
                .createObjectNode()
                .put("EventID", 0)
                .put("EventName", name)
                .put("EventTime", seconds);
    }

    /** Bare Riot ID game name, as events carry it; participant 0 means a turret or minion. */
    private String name(int participantId) {
        if (participantId < 1 || participantId > game.participants().size()) {
            return "Minion";
        }
        return game.participant(participantId).gameName();
    }

    private String liveTeamOf(int participantId) {
        return participantId < 1 ? "" : game.participant(participantId).liveTeam();
    }
}
