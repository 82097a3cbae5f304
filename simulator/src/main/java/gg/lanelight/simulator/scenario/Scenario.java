package gg.lanelight.simulator.scenario;

import gg.lanelight.simulator.game.RecordedGame;
import java.util.List;

/**
 * A loaded scenario: the recorded game it plays and its steps, with {@code draftFromMatch} already expanded into
 * timer/hover/ban/pick steps. Immutable.
 *
 * @param speed the scenario's own speed factor, multiplied with the command line's {@code --speed}
 * @param startAtGameSeconds game time at which the live game starts (0 = from the beginning)
 */
public record Scenario(String name, double speed, RecordedGame game, double startAtGameSeconds, List<Step> steps) {}
