package gg.lanelight.app.overlay;

import gg.lanelight.app.live.LiveGame.LiveEvent;
import gg.lanelight.app.overlay.InGameView.ObjectiveTimer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Spawn and respawn timers of the epic monsters, from the game's own kill events and clock, using the rules of patch
 * 14.7 (documented in docs/overlays.md): only what the game already shows on its own timers. Pure and thread-safe.
 */
public final class ObjectiveTimers {

    static final double DRAGON_FIRST_SPAWN = 5 * 60;
    static final double DRAGON_RESPAWN = 5 * 60;
    static final double ELDER_RESPAWN = 6 * 60;
    static final double BARON_FIRST_SPAWN = 20 * 60;
    static final double BARON_RESPAWN = 6 * 60;
    static final double HERALD_SPAWN = 14 * 60;
    static final double HERALD_DESPAWN = 19 * 60 + 45;
    static final int DRAGONS_FOR_SOUL = 4;

    public static final String UP = "up";
    public static final String GONE = "gone";

    private ObjectiveTimers() {}

    /**
     * The three timers at {@code gameTime} seconds.
     *
     * @param events the game's events so far, in order
     * @param teamOfKiller the team ("ORDER"/"CHAOS") of a killer name, or empty for monsters, turrets and unknowns
     */
    public static List<ObjectiveTimer> at(
            double gameTime, List<LiveEvent> events, Function<String, Optional<String>> teamOfKiller) {
        return List.of(dragon(gameTime, events, teamOfKiller), baron(gameTime, events), herald(gameTime, events));
    }

    private static ObjectiveTimer dragon(
            double gameTime, List<LiveEvent> events, Function<String, Optional<String>> teamOfKiller) {
        Map<String, Integer> elementalsByTeam = new HashMap<>();
        double nextSpawn = DRAGON_FIRST_SPAWN;
        boolean elderNext = false;

        for (LiveEvent event : events) {
            if (!"DragonKill".equals(event.eventName())) {
                continue;
            }
            boolean elder = "Elder".equalsIgnoreCase(event.dragonType());
            if (!elder) {
                teamOfKiller.apply(event.killerName()).ifPresent(team -> elementalsByTeam.merge(team, 1, Integer::sum));
            }
            elderNext = elementalsByTeam.values().stream().anyMatch(count -> count >= DRAGONS_FOR_SOUL);
            nextSpawn = event.eventTime() + (elderNext ? ELDER_RESPAWN : DRAGON_RESPAWN);
        }

        return new ObjectiveTimer(elderNext ? "Elder" : "Dragon", countdown(nextSpawn, gameTime));
    }

    private static ObjectiveTimer baron(double gameTime, List<LiveEvent> events) {
        double nextSpawn =
                lastKill(events, "BaronKill").map(time -> time + BARON_RESPAWN).orElse(BARON_FIRST_SPAWN);
        return new ObjectiveTimer("Baron", countdown(nextSpawn, gameTime));
    }

    /** One herald per game since patch 14.1: taken means gone, and it leaves the pit before baron arrives. */
    private static ObjectiveTimer herald(double gameTime, List<LiveEvent> events) {
        boolean taken = lastKill(events, "HeraldKill").isPresent();
        String status = taken || gameTime >= HERALD_DESPAWN ? GONE : countdown(HERALD_SPAWN, gameTime);
        return new ObjectiveTimer("Herald", status);
    }

    private static Optional<Double> lastKill(List<LiveEvent> events, String eventName) {
        return events.stream()
                .filter(e -> eventName.equals(e.eventName()))
                .map(LiveEvent::eventTime)
                .reduce((first, second) -> second);
    }

    private static String countdown(double spawnAt, double gameTime) {
        return gameTime >= spawnAt ? UP : Formats.countdown(spawnAt - gameTime);
    }
}
