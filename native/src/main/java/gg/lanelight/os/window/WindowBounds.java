package gg.lanelight.os.window;

/**
 * Screen rectangle in physical pixels.
 *
 * @param x left edge, relative to the top-left corner of the whole screen area (may be negative on multi-monitor)
 * @param y top edge, same origin
 * @param width width, at least 0
 * @param height height, at least 0
 */
public record WindowBounds(int x, int y, int width, int height) {}
