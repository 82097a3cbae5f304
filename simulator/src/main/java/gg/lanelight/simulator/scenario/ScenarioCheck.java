package gg.lanelight.simulator.scenario;

import gg.lanelight.simulator.game.RecordedGame;
import gg.lanelight.simulator.lcu.ChampSelectSession;
import java.util.List;

/**
 * Plays a scenario's steps at load time, without clock or servers, so that a step that would fail while running (a
 * pick for a cell with no open pick action, a champion-select step outside ChampSelect, playGame before the game
 * runs) stops the start with a message, before the READY line. Phase names are not checked on purpose: the real
 * client's phases are an open set, and the app must cope with names it does not know.
 */
final class ScenarioCheck {

    private final RecordedGame game;
    private ChampSelectSession champSelect;
    private boolean gameLoading;
    private boolean gameRunning;

    private ScenarioCheck(RecordedGame game) {
        this.game = game;
    }

    /** @throws IllegalArgumentException naming the first step that would fail and why */
    static void check(RecordedGame game, List<Step> steps) {
        ScenarioCheck check = new ScenarioCheck(game);
        for (Step step : steps) {
            try {
                check.play(step);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "the step {\"" + step.kind().key() + "\": " + step.argument() + "} cannot run: "
                                + e.getMessage(),
                        e);
            }
        }
    }

    private void play(Step step) {
        if (step.changesChampSelect()) {
            if (champSelect == null) {
                throw new IllegalArgumentException("it comes outside the ChampSelect phase; put a "
                        + "{\"phase\": \"ChampSelect\"} step before it");
            }
            step.applyTo(champSelect, seconds -> 0);
        } else if (step.kind() == Step.Kind.PHASE) {
            phase(step.argument().asText());
        } else if (step.kind() == Step.Kind.PLAY_GAME && !gameRunning) {
            throw new IllegalArgumentException(
                    "playGame needs a running game; put GameStart and InProgress steps " + "before it");
        }
    }

    /** Mirrors {@link ScenarioRunner}: GameStart makes a new game clock, InProgress starts it. */
    private void phase(String next) {
        if ("ChampSelect".equals(next) && champSelect == null) {
            champSelect = ChampSelectSession.create(game);
        } else if (!"ChampSelect".equals(next)) {
            champSelect = null;
        }
        if ("GameStart".equals(next)) {
            gameLoading = true;
            gameRunning = false;
        } else if ("InProgress".equals(next) && gameLoading) {
            gameLoading = false;
            gameRunning = true;
        }
    }
}
