package gg.lanelight.app.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A process's arguments with {@code --name=value} lookups. Built either from the separate arguments an OS reports or
 * from one Windows command-line string, split the way the Windows C runtime splits it (quotes group, backslashes are
 * literal unless they precede a quote). Immutable and thread-safe.
 */
public final class CommandLineArguments {

    private final List<String> arguments;

    private CommandLineArguments(List<String> arguments) {
        this.arguments = List.copyOf(arguments);
    }

    /** Wraps arguments that were already split, e.g. by {@code /proc/<pid>/cmdline}; never null. */
    public static CommandLineArguments of(List<String> arguments) {
        return new CommandLineArguments(arguments);
    }

    /** Splits a Windows command line such as {@code "C:/…/LeagueClientUx.exe" "--app-port=51873" …}. */
    public static CommandLineArguments parseWindows(String commandLine) {
        return new CommandLineArguments(new WindowsCommandLineSplitter(commandLine).split());
    }

    /** The arguments in order, the executable first when the source had it; unmodifiable. */
    public List<String> arguments() {
        return arguments;
    }

    /**
     * The value of the first {@code --name=value} argument.
     *
     * @param name the option name with or without its leading {@code --}, e.g. {@code app-port}
     * @return the value, possibly empty; {@link Optional#empty()} when the option is absent
     */
    public Optional<String> value(String name) {
        String prefix = (name.startsWith("--") ? name : "--" + name) + "=";
        return arguments.stream()
                .filter(argument -> argument.startsWith(prefix))
                .map(argument -> argument.substring(prefix.length()))
                .findFirst();
    }

    /** Never prints the arguments: one of them is usually the client's auth token. */
    @Override
    public String toString() {
        return "CommandLineArguments[" + arguments.size() + " arguments]";
    }

    /** The splitting rules of {@code CommandLineToArgvW}, which the League client's launcher follows. */
    private static final class WindowsCommandLineSplitter {
        private final String line;
        private final List<String> arguments = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean inArgument;
        private boolean quoted;
        private int index;

        WindowsCommandLineSplitter(String line) {
            this.line = line;
        }

        List<String> split() {
            while (index < line.length()) {
                char c = line.charAt(index);
                if (c == '\\') {
                    readBackslashes();
                } else if (c == '"') {
                    quoted = !quoted;
                    inArgument = true;
                    index++;
                } else if (Character.isWhitespace(c) && !quoted) {
                    finishArgument();
                    index++;
                } else {
                    current.append(c);
                    inArgument = true;
                    index++;
                }
            }
            finishArgument();
            return arguments;
        }

        /** 2n backslashes before a quote give n backslashes and a delimiter; 2n+1 give n and a literal quote. */
        private void readBackslashes() {
            int count = 0;
            while (index < line.length() && line.charAt(index) == '\\') {
                count++;
                index++;
            }
            inArgument = true;
            boolean beforeQuote = index < line.length() && line.charAt(index) == '"';
            if (!beforeQuote) {
                current.append("\\".repeat(count));
                return;
            }
            current.append("\\".repeat(count / 2));
            if (count % 2 == 1) {
                current.append('"');
                index++;
            }
        }

        private void finishArgument() {
            if (inArgument) {
                arguments.add(current.toString());
            }
            current.setLength(0);
            inArgument = false;
        }
    }
}
