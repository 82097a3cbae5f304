package gg.lanelight.backend.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.generate.FeaturedPlayer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's lobby (docs/architecture.md, "Demo identities"): the ten participants of the bundled fixture match, with
 * participant 9 played by the local player. Each keeps the fixture's role and champion as its main.
 */
public final class DemoIdentities {
    public static final String LOCAL_PUUID = "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6";
    static final int LOCAL_PARTICIPANT_ID = 9;
    static final String FIXTURE_MATCH = "KR_7014499581.match.json";
    static final String FIXTURE_TIMELINE = "KR_7014499581.timeline.json";

    private DemoIdentities() {}

    /** The ten featured players in participantId order. */
    public static List<FeaturedPlayer> lobby() {
        List<FeaturedPlayer> players = new ArrayList<>();
        for (JsonNode participant : fixtureMatch().path("info").path("participants")) {
            String puuid = participant.path("participantId").asInt() == LOCAL_PARTICIPANT_ID
                    ? LOCAL_PUUID
                    : participant.path("puuid").asText();
            players.add(new FeaturedPlayer(
                    puuid,
                    participant.path("teamPosition").asText(),
                    participant.path("championId").asInt()));
        }
        return List.copyOf(players);
    }

    static InputStream resource(String name) {
        InputStream in = DemoIdentities.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The demo resource " + name + " is missing from the classpath");
        }
        return in;
    }

    private static JsonNode fixtureMatch() {
        try (InputStream in = resource(FIXTURE_MATCH)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo resource " + FIXTURE_MATCH, e);
        }
    }
}
