package gg.lanelight.simulator.live;

/**
 * Game time of the running game: starts at {@code startAtSeconds} when the game leaves loading and runs
 * {@code speed} times faster than real time, stopping at the game's duration. Thread-safe.
 */
public final class LiveGameClock {

    private final double speed;
    private final double startAtSeconds;
    private final double durationSeconds;
    private volatile long startNanos = -1;

    public LiveGameClock(double speed, double startAtSeconds, double durationSeconds) {
        this.speed = speed;
        this.startAtSeconds = startAtSeconds;
        this.durationSeconds = durationSeconds;
    }

    /** Loading is over: game time starts counting now. */
    public void start() {
        startNanos = System.nanoTime();
    }

    public boolean started() {
        return startNanos >= 0;
    }

    /** Current game time in seconds; {@code startAtSeconds} before {@link #start()}. */
    public double gameSeconds() {
        if (startNanos < 0) {
            return startAtSeconds;
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9 * speed;
        return Math.min(durationSeconds, startAtSeconds + elapsed);
    }

    /** Real milliseconds until the game reaches its duration. */
    public long realMillisUntilEnd() {
        return (long) Math.ceil(Math.max(0, durationSeconds - gameSeconds()) * 1000 / speed);
    }
}
