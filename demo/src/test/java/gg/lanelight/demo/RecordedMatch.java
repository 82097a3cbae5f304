package gg.lanelight.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

/**
 * The recorded game the demo replays (fixtures/matchv5/KR_7014499581), read straight from the fixture files so that
 * every expected value in the end-to-end tests comes from the record, not from the app or the simulator.
 */
final class RecordedMatch {

    /** The local player plays participant 9 (docs/architecture.md, "Demo identities"). */
    static final int LOCAL_PARTICIPANT = 9;

    static final List<String> ROLE_ORDER = List.of("TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY");

    /** Champion-select cells of the local team: TOP, JUNGLE, MIDDLE, UTILITY, BOTTOM (so the local cell is 4). */
    static final List<String> CELL_ROLE_ORDER = List.of("TOP", "JUNGLE", "MIDDLE", "UTILITY", "BOTTOM");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode match;
    private final JsonNode timeline;

    private RecordedMatch(JsonNode match, JsonNode timeline) {
        this.match = match;
        this.timeline = timeline;
    }

    static RecordedMatch load() throws IOException {
        Path folder = fixtures().resolve("matchv5");
        return new RecordedMatch(
                JSON.readTree(folder.resolve("KR_7014499581.match.json").toFile()),
                JSON.readTree(folder.resolve("KR_7014499581.timeline.json").toFile()));
    }

    static Path fixtures() {
        String property = System.getProperty("lanelight.fixtures");
        if (property == null) {
            throw new IllegalStateException("Run the tests through Maven: it sets -Dlanelight.fixtures.");
        }
        return Path.of(property);
    }

    /** One player of the record. */
    record Participant(int id, int teamId, int championId, String championName, String role, String riotId) {}

    long gameId() {
        return match.path("info").path("gameId").asLong();
    }

    List<Participant> participants() {
        return StreamSupport.stream(match.path("info").path("participants").spliterator(), false)
                .map(p -> new Participant(
                        p.path("participantId").asInt(),
                        p.path("teamId").asInt(),
                        p.path("championId").asInt(),
                        p.path("championName").asText(),
                        p.path("teamPosition").asText(),
                        p.path("riotIdGameName").asText() + "#"
                                + p.path("riotIdTagline").asText()))
                .toList();
    }

    JsonNode finalStats(int participantId) {
        for (JsonNode p : match.path("info").path("participants")) {
            if (p.path("participantId").asInt() == participantId) {
                return p;
            }
        }
        throw new IllegalArgumentException("No participant " + participantId + " in the record");
    }

    Participant local() {
        return participants().stream()
                .filter(p -> p.id() == LOCAL_PARTICIPANT)
                .findFirst()
                .orElseThrow();
    }

    /** The local team's players in champion-select cell order. */
    List<Participant> alliesInCellOrder() {
        int team = local().teamId();
        return participants().stream()
                .filter(p -> p.teamId() == team)
                .sorted(Comparator.comparingInt(p -> CELL_ROLE_ORDER.indexOf(p.role())))
                .toList();
    }

    /** Every player as a scoreboard lists them: the local team first, each team in role order. */
    List<Participant> scoreboardOrder() {
        int team = local().teamId();
        return participants().stream()
                .sorted(Comparator.<Participant>comparingInt(p -> p.teamId() == team ? 0 : 1)
                        .thenComparingInt(p -> ROLE_ORDER.indexOf(p.role())))
                .toList();
    }

    /** "kills/deaths/assists" of a player counting every champion kill up to {@code gameSeconds}. */
    String kdaAt(int participantId, double gameSeconds) {
        int kills = 0;
        int deaths = 0;
        int assists = 0;
        for (JsonNode kill : events("CHAMPION_KILL", gameSeconds)) {
            kills += kill.path("killerId").asInt() == participantId ? 1 : 0;
            deaths += kill.path("victimId").asInt() == participantId ? 1 : 0;
            assists += contains(kill.path("assistingParticipantIds"), participantId) ? 1 : 0;
        }
        return kills + "/" + deaths + "/" + assists;
    }

    /** Lane minions plus jungle monsters of a player in one timeline frame (frames are a minute apart). */
    int creepScoreInFrame(int participantId, int frame) {
        JsonNode stats = timeline.path("info")
                .path("frames")
                .get(frame)
                .path("participantFrames")
                .path(String.valueOf(participantId));
        return stats.path("minionsKilled").asInt()
                + stats.path("jungleMinionsKilled").asInt();
    }

    /** Times in seconds of the epic-monster kills of one type (DRAGON, BARON_NASHOR, RIFTHERALD) up to a time. */
    List<Double> eliteKills(String monsterType, double gameSeconds) {
        return events("ELITE_MONSTER_KILL", gameSeconds).stream()
                .filter(e -> monsterType.equals(e.path("monsterType").asText()))
                .map(e -> e.path("timestamp").asDouble() / 1000)
                .toList();
    }

    private List<JsonNode> events(String type, double gameSeconds) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode frame : timeline.path("info").path("frames")) {
            for (JsonNode event : frame.path("events")) {
                if (type.equals(event.path("type").asText())
                        && event.path("timestamp").asLong() <= gameSeconds * 1000) {
                    found.add(event);
                }
            }
        }
        return found;
    }

    private static boolean contains(JsonNode ids, int participantId) {
        for (JsonNode id : ids) {
            if (id.asInt() == participantId) {
                return true;
            }
        }
        return false;
    }

    /** A champion's name reduced to letters, so "Kai'Sa" (shown) and "Kaisa" (recorded) compare equal. */
    static String letters(String championName) {
        return championName.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }
}
