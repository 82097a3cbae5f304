package gg.lanelight.os.window;

import java.util.Optional;

/** Stands in where no tracker works, so callers get a clear error instead of a null. */
final class UnsupportedWindowTracker implements WindowTracker {
    private final String reason;

    UnsupportedWindowTracker(String reason) {
        this.reason = reason;
    }

    @Override
    public Optional<NativeWindow> findByTitle(String title) throws WindowAccessException {
        throw new WindowAccessException("Could not look for the window \"" + title + "\": " + reason);
    }

    @Override
    public Optional<WindowBounds> bounds(NativeWindow window) throws WindowAccessException {
        throw new WindowAccessException("Could not measure the window \"" + window.title() + "\": " + reason);
    }
}
