package gg.lanelight.simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulator's command line (docs/simulator.md). The client-style flags ({@code --app-port},
 * {@code --remoting-auth-token}, …) are added by the launcher process when it re-executes itself as the
 * "LeagueClientUx".
 *
 * @param appPort null until the launcher has chosen one
 * @param authToken null until the launcher has chosen one; never log it
 * @param appPid pid of the launcher ("LeagueClient") process, null when started directly
 */
public record SimulatorOptions(
        Path installDirectory,
        String scenario,
        double speed,
        int livePort,
        Path caOut,
        StartMode start,
        boolean exitWhenDone,
        Integer appPort,
        String authToken,
        Long appPid,
        String region,
        String locale,
        String platformId) {

    /** When the scenario clock starts. */
    public enum StartMode {
        ON_SUBSCRIBE,
        IMMEDIATELY
    }

    private static final Set<String> KNOWN = Set.of(
            "install-directory",
            "scenario",
            "speed",
            "live-port",
            "ca-out",
            "start",
            "exit-when-done",
            "app-port",
            "remoting-auth-token",
            "app-pid",
            "region",
            "locale",
            "rso_platform_id");

    public static final String USAGE =
            "usage: SimulatorMain --install-directory=DIR [--scenario=demo|FILE] [--speed=FACTOR]"
                    + " [--live-port=PORT] [--ca-out=FILE] [--start=on-subscribe|immediately] [--exit-when-done]";

    /** Parses the command line; the exception message says which argument is wrong and how to fix it. */
    public static SimulatorOptions parse(String[] args) {
        Map<String, String> values = keyValues(args);
        String directory = values.get("install-directory");
        if (directory == null || directory.isBlank()) {
            throw new IllegalArgumentException("--install-directory=DIR is required. " + USAGE);
        }
        Path installDirectory = Path.of(directory).toAbsolutePath();
        return new SimulatorOptions(
                installDirectory,
                values.getOrDefault("scenario", "demo"),
                positiveNumber(values.getOrDefault("speed", "1.0"), "speed"),
                port(values.getOrDefault("live-port", "2999"), "live-port"),
                Path.of(values.getOrDefault(
                                "ca-out",
                                installDirectory
                                        .resolve("lanelight-simulator-ca.pem")
                                        .toString()))
                        .toAbsolutePath(),
                startMode(values.getOrDefault("start", "on-subscribe")),
                values.containsKey("exit-when-done"),
                Optional.ofNullable(values.get("app-port"))
                        .map(v -> port(v, "app-port"))
                        .orElse(null),
                values.get("remoting-auth-token"),
                Optional.ofNullable(values.get("app-pid")).map(Long::valueOf).orElse(null),
                values.getOrDefault("region", "EUW"),
                values.getOrDefault("locale", "en_GB"),
                values.getOrDefault("rso_platform_id", "EUW1"));
    }

    /** True for the re-executed "LeagueClientUx" process, which serves the APIs itself. */
    public boolean isClientUx() {
        return appPort != null && authToken != null;
    }

    /** The client-style arguments the launcher adds when it re-executes itself. */
    public static List<String> clientUxArguments(int port, String token, Path installDirectory, long launcherPid) {
        List<String> args = new ArrayList<>();
        args.add("--app-port=" + port);
        args.add("--remoting-auth-token=" + token);
        args.add("--install-directory=" + installDirectory);
        args.add("--app-pid=" + launcherPid);
        args.add("--region=EUW");
        args.add("--locale=en_GB");
        args.add("--rso_platform_id=EUW1");
        return args;
    }

    private static Map<String, String> keyValues(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'. " + USAGE);
            }
            int equals = arg.indexOf('=');
            String key = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("Unknown option --" + key + ". " + USAGE);
            }
            values.put(key, equals < 0 ? "" : arg.substring(equals + 1));
        }
        return values;
    }

    private static double positiveNumber(String text, String name) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected format
        }
        throw new IllegalArgumentException(
                "--" + name + " must be a positive number such as 1.0 or 30, not '" + text + "'");
    }

    private static int port(String text, String name) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0 && value < 65536) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected range
        }
        throw new IllegalArgumentException("--" + name + " must be a TCP port 1..65535, not '" + text + "'");
    }

    private static StartMode startMode(String text) {
        return switch (text) {
            case "on-subscribe" -> StartMode.ON_SUBSCRIBE;
            case "immediately" -> StartMode.IMMEDIATELY;
            default ->
                throw new IllegalArgumentException("--start must be on-subscribe or immediately, not '" + text + "'");
        };
    }
}
