package gg.lanelight.os;

/** Implemented by every OS-specific implementation that {@link OsImplementations} may choose. */
public interface OsFeature {
    /**
     * Whether this implementation can work in this session (its native library loads, its display is reachable).
     * Cheap and side-effect free; called once when the implementation is chosen.
     */
    boolean isAvailable();
}
