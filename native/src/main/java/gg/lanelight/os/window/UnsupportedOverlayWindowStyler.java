package gg.lanelight.os.window;

/** Stands in where overlays cannot be styled, so callers get a clear error instead of a null. */
final class UnsupportedOverlayWindowStyler implements OverlayWindowStyler {
    private final String reason;

    UnsupportedOverlayWindowStyler(String reason) {
        this.reason = reason;
    }

    @Override
    public void makeClickThroughAndTopMost(NativeWindow window) throws WindowAccessException {
        throw new WindowAccessException("Could not make \"" + window.title() + "\" a click-through overlay: " + reason);
    }

    @Override
    public boolean isSupported() {
        return false;
    }
}
