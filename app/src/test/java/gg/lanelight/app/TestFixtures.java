package gg.lanelight.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.client.ChampSelectSession;
import gg.lanelight.app.client.RankedStats;
import gg.lanelight.app.live.LiveGame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** The recorded payloads under {@code lanelight.fixtures}, and the few edits the tests make to them. */
public final class TestFixtures {

    public static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Champions the tests put into the recorded lobby (ally cells 0..4), and the local player's role. */
    public static final int[] ALLY_CHAMPIONS = {266, 64, 103, 412, 145};

    public static final String[] ALLY_POSITIONS = {"top", "jungle", "middle", "utility", "bottom"};

    private TestFixtures() {}

    public static JsonNode json(String relativePath) {
        try {
            return JSON.readTree(Path.of(System.getProperty("lanelight.fixtures"), relativePath)
                    .toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        return JSON.convertValue(node, type);
    }

    /**
     * The recorded champion-select session (PLANNING, enemies hidden) with champions and positions filled in for
     * the allies, and a Riot ID on cell 0 only (the other cells show none, as in the recording).
     */
    public static ObjectNode champSelectWithPicks() {
        ObjectNode session = (ObjectNode) json("lcu/champ-select-session.json");
        ArrayNode myTeam = (ArrayNode) session.get("myTeam");
        for (int cell = 0; cell < myTeam.size(); cell++) {
            ObjectNode player = (ObjectNode) myTeam.get(cell);
            player.put("championId", ALLY_CHAMPIONS[cell]);
            player.put("assignedPosition", ALLY_POSITIONS[cell]);
        }
        ((ObjectNode) myTeam.get(0)).put("gameName", "Brightwater").put("tagLine", "EUW");
        return session;
    }

    public static ChampSelectSession champSelect(JsonNode session) {
        return convert(session, ChampSelectSession.class);
    }

    public static RankedStats rankedStats() {
        return convert(json("lcu/ranked-stats.json"), RankedStats.class);
    }

    public static LiveGame liveGame(JsonNode allGameData) {
        return convert(allGameData, LiveGame.class);
    }

    /** Runs on the JavaFX thread and returns the result, failing after 5 s. */
    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX work failed or timed out", e);
        }
    }

    /** Waits (at most {@code seconds}) until the condition, checked on the JavaFX thread, holds. */
    public static void awaitFx(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
