package gg.lanelight.backend;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place at most five times a second. Drawn only when enabled (a
 * terminal, or {@code --progress=on}), so logs and CI output stay clean. Thread-safe.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final String label;
    private final PrintStream out;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(String label, PrintStream out, boolean enabled) {
        this.label = label;
        this.out = out;
        this.enabled = enabled;
    }

    /** {@code auto} draws when stderr is a terminal; {@code on} and {@code off} force it. */
    static boolean enabled(String mode) throws CommandLine.UsageException {
        return switch (mode) {
            case "auto" -> System.console() != null;
            case "on" -> true;
            case "off" -> false;
            default -> throw new CommandLine.UsageException("--progress must be auto, on or off, got '" + mode + "'");
        };
    }

    /**
     * @param fraction done so far, 0..1
     * @param detail what to show after the bar, e.g. "120,000 matches"
     */
    synchronized void update(double fraction, String detail) {
        long now = System.nanoTime();
        if (!enabled || (drawn && now - lastDrawn < REDRAW_NANOS && fraction < 1)) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
        out.print(String.format(
                Locale.ROOT,
                "\r%-9s [%s%s] %3.0f%% %5.1fs  %s   ",
                label,
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                fraction * 100,
                (now - started) / 1e9,
                detail));
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            out.println();
        }
    }
}
