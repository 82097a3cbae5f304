package gg.lanelight.os.window;

import gg.lanelight.os.OsImplementations;
import java.util.Optional;

/**
 * Finds top-level windows of any process by title and reports where they are, e.g. to keep an overlay on the game.
 * Methods block briefly (a round trip to the window system) and are thread-safe; call them off the JavaFX thread.
 */
public interface WindowTracker {
    /** The mapped top-level window whose title equals title exactly, if any. */
    Optional<NativeWindow> findByTitle(String title) throws WindowAccessException;

    /** Current bounds of a window found earlier; empty when it is gone or unmapped. */
    Optional<WindowBounds> bounds(NativeWindow window) throws WindowAccessException;

    /** The implementation for this OS and session, or an "unsupported" one whose methods explain why; never null. */
    static WindowTracker forCurrentOs() {
        return OsImplementations.forCurrentOs(WindowTracker.class)
                .orElseGet(() -> new UnsupportedWindowTracker(WindowSystem.unsupportedReason()));
    }
}
