package gg.lanelight.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Copies of the recorded fixture match with changes, written as newline-delimited files for ingest tests. */
public final class FixtureVariants {
    private FixtureVariants() {}

    /** A copy of the fixture with its own match id, starting {@code index} minutes after the original. */
    public static ObjectNode copy(JsonNode fixture, String matchId, int index) {
        ObjectNode copy = fixture.deepCopy();
        ((ObjectNode) copy.path("metadata")).put("matchId", matchId);
        ObjectNode info = (ObjectNode) copy.path("info");
        info.put("gameStartTimestamp", info.path("gameStartTimestamp").asLong() + index * 60_000L);
        return copy;
    }

    /** Makes {@code winningTeam} (100 or 200) the winner. */
    public static void setWinner(ObjectNode match, int winningTeam) {
        for (JsonNode participant : match.path("info").path("participants")) {
            ((ObjectNode) participant).put("win", participant.path("teamId").asInt() == winningTeam);
        }
        for (JsonNode team : match.path("info").path("teams")) {
            ((ObjectNode) team).put("win", team.path("teamId").asInt() == winningTeam);
        }
    }

    public static ObjectNode participant(JsonNode match, int participantId) {
        for (JsonNode participant : match.path("info").path("participants")) {
            if (participant.path("participantId").asInt() == participantId) {
                return (ObjectNode) participant;
            }
        }
        throw new AssertionError("No participant " + participantId);
    }

    /** Writes the matches as one newline-delimited JSON file. */
    public static Path writeLines(Path file, List<? extends JsonNode> matches) throws IOException {
        List<String> lines = new ArrayList<>(matches.size());
        for (JsonNode match : matches) {
            lines.add(TestData.MAPPER.writeValueAsString(match));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
