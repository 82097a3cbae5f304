package gg.lanelight.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One scenario step: wait {@code afterSeconds} of scenario time after the previous step, then do {@code kind} with
 * {@code argument} (see docs/simulator.md for every kind).
 */
public record Step(double afterSeconds, Kind kind, JsonNode argument) {

    /** What a step does; the JSON key of the step object. */
    public enum Kind {
        PHASE("phase"),
        TIMER("timer"),
        HOVER("hover"),
        BAN("ban"),
        PICK("pick"),
        SWAP("swap"),
        DRAFT_FROM_MATCH("draftFromMatch"),
        PLAY_GAME("playGame");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The champion-select cell a hover/ban/pick step names. */
    public int cellId() {
        return argument.path("cellId").asInt();
    }

    public int championId() {
        return argument.path("championId").asInt();
    }
}
