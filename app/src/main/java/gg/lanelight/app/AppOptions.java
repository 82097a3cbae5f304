package gg.lanelight.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The app's command line (see docs/architecture.md). Optional values are empty when the flag was not given; the
 * caller picks the defaults that need the environment (the data folder).
 */
public record AppOptions(
        URI backend,
        Optional<Path> trustCa,
        int livePort,
        Optional<Path> installDirectory,
        Optional<Path> dataDir,
        Optional<Path> snapshots,
        boolean exitWhenDone) {

    public static final URI DEFAULT_BACKEND = URI.create("http://127.0.0.1:8787");
    public static final int DEFAULT_LIVE_PORT = 2999;

    public static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: lanelight [options]",
            "  --backend=URL             stats service base URL (default " + DEFAULT_BACKEND + ")",
            "  --trust-ca=FILE           one extra CA certificate (PEM) to trust besides Riot's",
            "  --live-port=PORT          Live Client Data port (default " + DEFAULT_LIVE_PORT + ")",
            "  --install-directory=DIR   where the League client is installed (a hint)",
            "  --data-dir=DIR            where history.db and the logs live (default: your data folder)",
            "  --snapshots=DIR           write a PNG of each overlay at each phase and trace.json there",
            "  --exit-when-done          quit once the game has ended and its history row is saved");

    /** A command line that cannot be understood; the message names the argument and says what is expected. */
    public static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The flags that take a value, given as {@code --name=value} or {@code --name value}. */
    private static final Set<String> VALUE_FLAGS =
            Set.of("--backend", "--trust-ca", "--live-port", "--install-directory", "--data-dir", "--snapshots");

    /** Parses the arguments; never returns null. */
    public static AppOptions parse(List<String> arguments) throws UsageException {
        Builder builder = new Builder();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (VALUE_FLAGS.contains(argument)) {
                builder.acceptValue(argument, valueAfter(arguments, i));
                i++;
            } else {
                builder.accept(argument);
            }
        }
        return builder.build();
    }

    /** The argument after a value flag; a missing one (the end, or another flag) is named in the message. */
    private static String valueAfter(List<String> arguments, int flagIndex) throws UsageException {
        String flag = arguments.get(flagIndex);
        if (flagIndex + 1 >= arguments.size() || arguments.get(flagIndex + 1).startsWith("--")) {
            throw new UsageException(flag + " needs a value, e.g. " + flag + "=… or " + flag + " …");
        }
        return arguments.get(flagIndex + 1);
    }

    private static final class Builder {
        private URI backend = DEFAULT_BACKEND;
        private Path trustCa;
        private int livePort = DEFAULT_LIVE_PORT;
        private Path installDirectory;
        private Path dataDir;
        private Path snapshots;
        private boolean exitWhenDone;

        void accept(String argument) throws UsageException {
            if (argument.equals("--exit-when-done")) {
                exitWhenDone = true;
                return;
            }
            int equals = argument.indexOf('=');
            if (!argument.startsWith("--") || equals < 0) {
                throw new UsageException("Unknown argument '" + argument + "'.");
            }
            acceptValue(argument.substring(0, equals), argument.substring(equals + 1));
        }

        void acceptValue(String flag, String value) throws UsageException {
            if (value.isBlank()) {
                throw new UsageException(flag + " needs a value, e.g. " + flag + "=…");
            }
            switch (flag) {
                case "--backend" -> backend = parseUrl(value);
                case "--trust-ca" -> trustCa = Path.of(value);
                case "--live-port" -> livePort = parsePort(value);
                case "--install-directory" -> installDirectory = Path.of(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--snapshots" -> snapshots = Path.of(value);
                default -> throw new UsageException("Unknown option '" + flag + "'.");
            }
        }

        private static URI parseUrl(String value) throws UsageException {
            try {
                URI uri = new URI(value);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new UsageException("--backend must be an http(s) URL such as " + DEFAULT_BACKEND + ".");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new UsageException("--backend '" + value + "' is not a URL: " + e.getReason() + ".");
            }
        }

        private static int parsePort(String value) throws UsageException {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new UsageException("--live-port must be a port number 1-65535, not '" + value + "'.");
        }

        AppOptions build() {
            return new AppOptions(
                    backend,
                    Optional.ofNullable(trustCa),
                    livePort,
                    Optional.ofNullable(installDirectory),
                    Optional.ofNullable(dataDir),
                    Optional.ofNullable(snapshots),
                    exitWhenDone);
        }
    }
}
