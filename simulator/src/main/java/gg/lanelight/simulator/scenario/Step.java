package gg.lanelight.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.lcu.ChampSelectSession;
import java.util.Set;
import java.util.function.DoubleToLongFunction;

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

    private static final Set<Kind> CHAMP_SELECT_KINDS = Set.of(Kind.TIMER, Kind.HOVER, Kind.BAN, Kind.PICK, Kind.SWAP);

    /** Whether this step changes the champion-select session (and so needs the ChampSelect phase). */
    public boolean changesChampSelect() {
        return CHAMP_SELECT_KINDS.contains(kind);
    }

    /**
     * Applies a champion-select step to a session.
     *
     * @param realMillis converts scenario seconds to the real milliseconds a timer shows
     * @throws IllegalArgumentException when the session has no such cell or no open action for it
     */
    public void applyTo(ChampSelectSession session, DoubleToLongFunction realMillis) {
        switch (kind) {
            case TIMER ->
                session.timer(
                        argument.path("phase").asText(),
                        realMillis.applyAsLong(argument.path("seconds").asDouble()));
            case HOVER -> session.hover(cellId(), championId());
            case BAN -> session.ban(cellId(), championId());
            case PICK -> session.pick(cellId(), championId());
            case SWAP -> session.swap(argument.path(0).asInt(), argument.path(1).asInt());
            default -> throw new IllegalStateException(kind.key() + " is not a champion-select step");
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
