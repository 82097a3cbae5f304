package gg.lanelight.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Epic-monster timers as the record implies them (patch 14.7: dragon at 5:00 and 5 minutes after each kill, baron at
 * 20:00 and 6 minutes after each kill, one herald from 14:00 until taken or 19:45). A shown timer is consistent when
 * it matches the record at some moment of the second the overlay's clock shows, within the clock's rounding.
 */
final class ObjectiveRules {

    private static final double DRAGON_FIRST = 300;
    private static final double DRAGON_RESPAWN = 300;
    private static final double BARON_FIRST = 1200;
    private static final double BARON_RESPAWN = 360;
    private static final double HERALD_SPAWN = 840;
    private static final double HERALD_LEAVES = 1185;
    private static final double CLOCK_TOLERANCE = 2;

    private ObjectiveRules() {}

    static boolean dragonConsistent(RecordedMatch record, JsonNode timer, int shownSecond) {
        return respawnsConsistently(record, timer, shownSecond, "Dragon", "DRAGON", DRAGON_FIRST, DRAGON_RESPAWN);
    }

    static boolean baronConsistent(RecordedMatch record, JsonNode timer, int shownSecond) {
        return respawnsConsistently(record, timer, shownSecond, "Baron", "BARON_NASHOR", BARON_FIRST, BARON_RESPAWN);
    }

    /** A monster that first spawns at {@code first} seconds and again {@code respawn} seconds after each kill. */
    private static boolean respawnsConsistently(
            RecordedMatch record,
            JsonNode timer,
            int shownSecond,
            String objective,
            String monsterType,
            double first,
            double respawn) {
        return objective.equals(timer.path("objective").asText())
                && anyMomentMatches(shownSecond, moment -> {
                    List<Double> kills = record.eliteKills(monsterType, moment);
                    double next = kills.isEmpty() ? first : kills.get(kills.size() - 1) + respawn;
                    return statusMatches(timer.path("status").asText(), next, moment);
                });
    }

    static boolean heraldConsistent(RecordedMatch record, JsonNode timer, int shownSecond) {
        return "Herald".equals(timer.path("objective").asText())
                && anyMomentMatches(shownSecond, moment -> {
                    boolean gone = !record.eliteKills("RIFTHERALD", moment).isEmpty() || moment >= HERALD_LEAVES;
                    String status = timer.path("status").asText();
                    return gone ? "gone".equals(status) : statusMatches(status, HERALD_SPAWN, moment);
                });
    }

    private interface MomentCheck {
        boolean matches(double moment);
    }

    private static boolean anyMomentMatches(int shownSecond, MomentCheck check) {
        return check.matches(shownSecond) || check.matches(shownSecond + 0.999);
    }

    /** "up" once the monster is there, else a countdown "m:ss" to its spawn. */
    private static boolean statusMatches(String status, double spawnAt, double moment) {
        if (moment >= spawnAt) {
            return "up".equals(status);
        }
        String[] parts = status.split(":");
        if (parts.length != 2) {
            return false;
        }
        double countdown = Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
        return Math.abs(countdown - (spawnAt - moment)) <= CLOCK_TOLERANCE;
    }
}
