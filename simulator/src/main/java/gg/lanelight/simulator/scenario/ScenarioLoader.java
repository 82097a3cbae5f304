package gg.lanelight.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.game.LocalSummoner;
import gg.lanelight.simulator.game.RecordedGame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads scenario JSON (docs/simulator.md): {@code demo} is the bundled scenario, anything else a file path. Paths
 * inside a scenario file are relative to the file, or {@code classpath:…} for bundled resources.
 */
public final class ScenarioLoader {

    public static final String DEMO = "demo";
    static final String DEMO_RESOURCE = "gg/lanelight/simulator/demo/demo.scenario.json";
    private static final String CLASSPATH = "classpath:";
    private static final String DEMO_MATCH = "classpath:gg/lanelight/simulator/demo/KR_7014499581.match.json";
    private static final String DEMO_TIMELINE = "classpath:gg/lanelight/simulator/demo/KR_7014499581.timeline.json";
    private static final int DEMO_LOCAL_PARTICIPANT = 9;

    private ScenarioLoader() {}

    /**
     * Loads {@code demo} or a scenario file.
     *
     * @throws IllegalArgumentException with a message naming the file and the problem
     */
    public static Scenario load(String nameOrPath, LocalSummoner summoner) {
        if (DEMO.equals(nameOrPath)) {
            return parse(Json.resource(DEMO_RESOURCE), null, summoner);
        }
        Path file = Path.of(nameOrPath).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Scenario file " + file
                    + " does not exist; pass --scenario=demo or the path of a scenario JSON file");
        }
        try {
            return parse(Json.file(file), file.getParent(), summoner);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Scenario file " + file + " is invalid: " + e.getMessage(), e);
        }
    }

    static Scenario parse(JsonNode root, Path folder, LocalSummoner summoner) {
        JsonNode gameNode = root.path("game");
        RecordedGame game = new RecordedGame(
                document(gameNode.path("match").asText(DEMO_MATCH), folder),
                document(gameNode.path("timeline").asText(DEMO_TIMELINE), folder),
                gameNode.path("localParticipantId").asInt(DEMO_LOCAL_PARTICIPANT),
                summoner);
        double speed = root.path("speed").asDouble(1.0);
        if (!(speed > 0)) {
            throw new IllegalArgumentException("\"speed\" must be a positive number");
        }
        List<Step> steps = steps(root.path("steps"), game);
        ScenarioCheck.check(game, steps);
        return new Scenario(
                root.path("name").asText("unnamed"),
                speed,
                game,
                gameNode.path("startAtGameSeconds").asDouble(0),
                steps);
    }

    private static JsonNode document(String location, Path folder) {
        if (location.startsWith(CLASSPATH)) {
            return Json.resource(location.substring(CLASSPATH.length()));
        }
        Path path = folder == null ? Path.of(location) : folder.resolve(location);
        return Json.file(path);
    }

    private static List<Step> steps(JsonNode list, RecordedGame game) {
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("\"steps\" must be a non-empty array");
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode node : list) {
            Step step = step(node, steps.size());
            if (step.kind() == Step.Kind.DRAFT_FROM_MATCH) {
                List<Step> draft = new DraftFromMatch(game, step.argument()).steps();
                Step first = draft.get(0);
                steps.add(new Step(step.afterSeconds(), first.kind(), first.argument()));
                steps.addAll(draft.subList(1, draft.size()));
            } else {
                steps.add(step);
            }
        }
        return List.copyOf(steps);
    }

    private static Step step(JsonNode node, int index) {
        double after = node.path("after").asDouble(0);
        if (after < 0) {
            throw new IllegalArgumentException("step " + index + ": \"after\" must not be negative");
        }
        for (Step.Kind kind : Step.Kind.values()) {
            if (node.has(kind.key())) {
                return new Step(after, kind, node.get(kind.key()));
            }
        }
        throw new IllegalArgumentException("step " + index + " has none of the keys phase, timer, hover, ban, pick, "
                + "swap, draftFromMatch, playGame: " + node);
    }
}
