package gg.lanelight.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.game.Participant;
import gg.lanelight.simulator.game.RecordedGame;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a {@code draftFromMatch} step into the champion select that leads to the recorded game: allies declare
 * their champions in PLANNING, everyone bans the match's bans, then each pick turn hovers and locks the match's
 * champions, followed by FINALIZATION and GAME_STARTING.
 */
final class DraftFromMatch {

    private static final int TEAM_SIZE = RecordedGame.TEAM_SIZE;

    private final RecordedGame game;
    private final double planning;
    private final double banning;
    private final double pickTurn;
    private final double finalization;
    private final double gameStarting;
    private final List<Step> steps = new ArrayList<>();

    /** @param timings optional seconds: planning, bans, pickTurn, finalization, gameStarting */
    DraftFromMatch(RecordedGame game, JsonNode timings) {
        this.game = game;
        this.planning = timings.path("planning").asDouble(24);
        this.banning = timings.path("bans").asDouble(30);
        this.pickTurn = timings.path("pickTurn").asDouble(30);
        this.finalization = timings.path("finalization").asDouble(30);
        this.gameStarting = timings.path("gameStarting").asDouble(5);
    }

    /** The expanded steps; the first runs right away, the last leaves GAME_STARTING running. */
    List<Step> steps() {
        List<Participant> cells = game.cells();
        timer(0, "PLANNING", planning);
        double intentGap = planning / (TEAM_SIZE + 1);
        for (int cell = 0; cell < TEAM_SIZE; cell++) {
            add(intentGap, Step.Kind.HOVER, cell, cells.get(cell).championId());
        }
        timer(intentGap, "BAN_PICK", banning);
        banAll();
        double trailingGap = 0;
        for (List<Integer> turn : game.pickTurns()) {
            timer(trailingGap, "BAN_PICK", pickTurn);
            double gap = pickTurn / (2 * turn.size() + 1);
            for (int cell : turn) {
                add(gap, Step.Kind.HOVER, cell, cells.get(cell).championId());
                add(gap, Step.Kind.PICK, cell, cells.get(cell).championId());
            }
            trailingGap = gap;
        }
        timer(trailingGap, "FINALIZATION", finalization);
        timer(finalization, "GAME_STARTING", gameStarting);
        return List.copyOf(steps);
    }

    private void banAll() {
        List<Integer> allyBans = game.bans(game.local().teamId());
        List<Integer> enemyBans = game.bans(game.local().teamId() == 100 ? 200 : 100);
        double gap = banning / (4 * TEAM_SIZE + 1);
        for (int cell = 0; cell < 2 * TEAM_SIZE; cell++) {
            List<Integer> bans = cell < TEAM_SIZE ? allyBans : enemyBans;
            int champion = Math.max(0, bans.get(cell % TEAM_SIZE));
            if (champion > 0) {
                add(gap, Step.Kind.HOVER, cell, champion);
            }
            add(gap, Step.Kind.BAN, cell, champion);
        }
    }

    private void add(double after, Step.Kind kind, int cell, int champion) {
        ObjectNode argument = Json.MAPPER.createObjectNode().put("cellId", cell).put("championId", champion);
        steps.add(new Step(after, kind, argument));
    }

    private void timer(double after, String phase, double seconds) {
        ObjectNode argument = Json.MAPPER.createObjectNode().put("phase", phase).put("seconds", seconds);
        steps.add(new Step(after, Step.Kind.TIMER, argument));
    }
}
