package gg.lanelight.os.process;

import java.util.List;
import java.util.Optional;

/**
 * One running process's command line; {@code arguments.get(0)} is the executable as started.
 *
 * @param pid the OS process id
 * @param arguments the arguments in order, never null, copied and unmodifiable
 */
public record ProcessCommandLine(long pid, List<String> arguments) {
    public ProcessCommandLine {
        arguments = List.copyOf(arguments);
    }

    /** The value of the first argument {@code prefix + value}, e.g. {@code valueOf("--app-port=")}; may be empty. */
    public Optional<String> valueOf(String prefix) {
        return arguments.stream()
                .filter(argument -> argument.startsWith(prefix))
                .map(argument -> argument.substring(prefix.length()))
                .findFirst();
    }

    /** Never prints the arguments: they may carry an auth token. */
    @Override
    public String toString() {
        return "ProcessCommandLine[pid=" + pid + ", " + arguments.size() + " arguments]";
    }
}
