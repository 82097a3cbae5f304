package gg.lanelight.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name=value} options of one subcommand; unknown or malformed options are refused with a clear message. */
final class CommandLine {
    private final String command;
    private final Map<String, String> options;

    private CommandLine(String command, Map<String, String> options) {
        this.command = command;
        this.options = options;
    }

    static CommandLine parse(String[] args, Map<String, Set<String>> optionsByCommand) throws UsageException {
        if (args.length == 0 || !optionsByCommand.containsKey(args[0])) {
            throw new UsageException(args.length == 0 ? "No command given" : "Unknown command '" + args[0] + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : List.of(args).subList(1, args.length)) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 3) {
                throw new UsageException("Options look like --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, equals);
            if (!optionsByCommand.get(args[0]).contains(name)) {
                throw new UsageException("'" + args[0] + "' has no option --" + name);
            }
            options.put(name, arg.substring(equals + 1));
        }
        return new CommandLine(args[0], options);
    }

    String command() {
        return command;
    }

    String text(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String required(String name) throws UsageException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("'" + command + "' needs --" + name + "=…");
        }
        return value;
    }

    long number(String name, long fallback, long min, long max) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    double fraction(String name, double fallback) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            double fraction = Double.parseDouble(value);
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new UsageException("--" + name + " must be between 0 and 1, got " + value);
            }
            return fraction;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number between 0 and 1, got '" + value + "'");
        }
    }

    /** A comma-separated list; empty when the option is absent. */
    List<String> list(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return List.of(value.split(",")).stream()
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    /** A command line the user must correct; the message says how. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
