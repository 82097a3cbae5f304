package gg.lanelight.simulator.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the timeline says about a player at a game time: level, CS and gold from the last per-minute frame at or
 * before that time, kills/deaths/assists and ability levels from the events up to it. Immutable and thread-safe.
 */
public final class TimelineReplay {

    /** Base death timers by level (seconds), before the late-game increase the timeline cannot tell us. */
    private static final double[] DEATH_SECONDS_BY_LEVEL = {
        10, 10, 12, 12, 14, 16, 20, 25, 28, 32.5, 35, 37.5, 40, 42.5, 45, 47.5, 50, 52.5
    };

    private final JsonNode frames;

    public TimelineReplay(JsonNode timeline) {
        this.frames = timeline.path("info").path("frames");
    }

    /** Kills, deaths and assists up to a time. */
    public record Kda(int kills, int deaths, int assists) {}

    /** The participant frame of the last minute at or before {@code gameMillis}. */
    public JsonNode frame(int participantId, long gameMillis) {
        JsonNode latest = frames.get(0);
        for (JsonNode frame : frames) {
            if (frame.path("timestamp").asLong() <= gameMillis) {
                latest = frame;
            }
        }
        return latest.path("participantFrames").path(Integer.toString(participantId));
    }

    public int level(int participantId, long gameMillis) {
        return Math.max(1, frame(participantId, gameMillis).path("level").asInt());
    }

    /** Creep score as the client counts it: lane minions plus jungle monsters. */
    public int creepScore(int participantId, long gameMillis) {
        JsonNode frame = frame(participantId, gameMillis);
        return frame.path("minionsKilled").asInt()
                + frame.path("jungleMinionsKilled").asInt();
    }

    public int currentGold(int participantId, long gameMillis) {
        return frame(participantId, gameMillis).path("currentGold").asInt();
    }

    public Kda kda(int participantId, long gameMillis) {
        int kills = 0;
        int deaths = 0;
        int assists = 0;
        for (JsonNode kill : events("CHAMPION_KILL", gameMillis)) {
            kills += kill.path("killerId").asInt() == participantId ? 1 : 0;
            deaths += kill.path("victimId").asInt() == participantId ? 1 : 0;
            for (JsonNode assister : kill.path("assistingParticipantIds")) {
                assists += assister.asInt() == participantId ? 1 : 0;
            }
        }
        return new Kda(kills, deaths, assists);
    }

    /** Points in each ability (index 0..3 = Q, W, E, R) from SKILL_LEVEL_UP events; evolutions are not points. */
    public int[] abilityLevels(int participantId, long gameMillis) {
        int[] levels = new int[4];
        for (JsonNode event : events("SKILL_LEVEL_UP", gameMillis)) {
            int slot = event.path("skillSlot").asInt();
            boolean evolution = "EVOLVE".equals(event.path("levelUpType").asText());
            if (event.path("participantId").asInt() == participantId && slot >= 1 && slot <= 4 && !evolution) {
                levels[slot - 1]++;
            }
        }
        return levels;
    }

    /**
     * Seconds until the player respawns, 0 when alive. Uses the base death timer of the player's level at the
     * time of death, so late-game deaths respawn somewhat sooner than in the real game.
     */
    public double respawnSeconds(int participantId, long gameMillis) {
        double remaining = 0;
        for (JsonNode kill : events("CHAMPION_KILL", gameMillis)) {
            if (kill.path("victimId").asInt() == participantId) {
                long deathMillis = kill.path("timestamp").asLong();
                int level = level(participantId, deathMillis);
                double timer = DEATH_SECONDS_BY_LEVEL[Math.min(level, DEATH_SECONDS_BY_LEVEL.length) - 1];
                remaining = Math.max(0, timer - (gameMillis - deathMillis) / 1000.0);
            }
        }
        return remaining;
    }

    /** All events of one type at or before a time, in timeline order. */
    public List<JsonNode> events(String type, long gameMillis) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode frame : frames) {
            for (JsonNode event : frame.path("events")) {
                if (event.path("timestamp").asLong() > gameMillis) {
                    return matching;
                }
                if (type.equals(event.path("type").asText())) {
                    matching.add(event);
                }
            }
        }
        return matching;
    }
}
