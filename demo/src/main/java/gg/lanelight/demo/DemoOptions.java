package gg.lanelight.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's command line. Options take {@code --name=value} or {@code --name value}. {@code snapshots} and
 * {@code dataDir} are empty when not given; {@code speed} is the simulator's game-time factor; {@code livePort} is the
 * preferred Live Client Data port (another free one is used when it is busy).
 */
record DemoOptions(
        Optional<Path> snapshots,
        boolean exitWhenDone,
        double speed,
        int matches,
        int livePort,
        boolean noBackend,
        Optional<Path> dataDir) {

    static final String USAGE = String.join(
            "\n",
            "Usage: DemoLauncher --demo [options]",
            "  --snapshots=DIR      write a PNG of each overlay at each phase plus trace.json into DIR",
            "  --exit-when-done     quit once the demo game has ended and its history row is saved",
            "  --speed=X            how many times faster than real time the game runs (default 30)",
            "  --matches=N          how many generated matches the stats backend serves (default 50000)",
            "  --live-port=P        Live Client Data port (default 2999; a free one is used when it is busy)",
            "  --no-backend         give the app a stats backend address where nothing listens (fault demo)",
            "  --data-dir=DIR       where the demo keeps history.db and logs (default: a per-user folder)");

    private static final double DEFAULT_SPEED = 30;
    private static final int DEFAULT_MATCHES = 50_000;
    private static final int DEFAULT_LIVE_PORT = 2999;

    /** Parses the arguments; throws {@link BadCommandLine} naming the bad argument and showing the usage. */
    static DemoOptions parse(String... args) throws BadCommandLine {
        try {
            return parseOrReject(args);
        } catch (BadArgument e) {
            throw new BadCommandLine(e.getMessage() + "\n" + USAGE);
        }
    }

    private static DemoOptions parseOrReject(String... args) throws BadCommandLine {
        Parser parser = new Parser(normalised(args));
        if (!parser.flag("--demo")) {
            throw new BadCommandLine("The launcher only knows the --demo mode.\n" + USAGE);
        }

        DemoOptions options = new DemoOptions(
                parser.value("--snapshots").map(Path::of),
                parser.flag("--exit-when-done"),
                parser.value("--speed").map(v -> positiveDouble("--speed", v)).orElse(DEFAULT_SPEED),
                parser.value("--matches").map(v -> positiveInt("--matches", v)).orElse(DEFAULT_MATCHES),
                parser.value("--live-port").map(DemoOptions::port).orElse(DEFAULT_LIVE_PORT),
                parser.flag("--no-backend"),
                parser.value("--data-dir").map(Path::of));

        parser.rejectLeftovers();
        return options;
    }

    /** Splits {@code --name=value} into {@code --name value} so both spellings parse the same way. */
    private static List<String> normalised(String... args) {
        List<String> result = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                result.add(arg.substring(0, equals));
                result.add(arg.substring(equals + 1));
            } else {
                result.add(arg);
            }
        }
        return result;
    }

    private static double positiveDouble(String name, String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new BadArgument(name + " needs a positive number, got '" + text + "'.");
    }

    private static int positiveInt(String name, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new BadArgument(name + " needs a positive whole number, got '" + text + "'.");
    }

    private static int port(String text) {
        int value = positiveInt("--live-port", text);
        if (value > 65_535) {
            throw new BadArgument("--live-port needs a port between 1 and 65535, got '" + text + "'.");
        }
        return value;
    }

    /** An argument error raised inside a parsing lambda; {@link Parser} turns it into a {@link DemoException}. */
    private static final class BadArgument extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadArgument(String message) {
            super(message);
        }
    }

    /** Consumes known options from the argument list, so that anything left over can be reported. */
    private static final class Parser {
        private final List<String> remaining;

        Parser(List<String> args) {
            this.remaining = new ArrayList<>(args);
        }

        boolean flag(String name) {
            return remaining.remove(name);
        }

        Optional<String> value(String name) {
            int index = remaining.indexOf(name);
            if (index < 0) {
                return Optional.empty();
            }
            if (index + 1 >= remaining.size()) {
                throw new BadArgument(name + " needs a value.");
            }
            String value = remaining.remove(index + 1);
            remaining.remove(index);
            return Optional.of(value);
        }

        void rejectLeftovers() throws BadCommandLine {
            if (!remaining.isEmpty()) {
                throw new BadCommandLine("Unknown argument(s): " + String.join(" ", remaining) + "\n" + USAGE);
            }
        }
    }
}
