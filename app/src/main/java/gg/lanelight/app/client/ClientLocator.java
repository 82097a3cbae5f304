package gg.lanelight.app.client;

import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.process.ProcessCommandLine;
import gg.lanelight.os.process.ProcessCommandLineReader;
import gg.lanelight.os.process.ProcessReadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the running League client without help from the player, in this order:
 *
 * <ol>
 *   <li>process command lines carrying {@code --remoting-auth-token=} (the real {@code LeagueClientUx} and the
 *       simulator both do): {@code --app-port}, {@code --remoting-auth-token} and {@code --install-directory}, confirmed
 *       by the lockfile in that directory when there is one;
 *   <li>the lockfile in a configured install directory, then in the OS default locations.
 * </ol>
 *
 * A lockfile whose pid is no longer alive is stale and ignored. {@link #locate()} blocks for milliseconds (it reads
 * the process list and small files); call it off the JavaFX thread. Thread-safe.
 */
public final class ClientLocator {

    private static final Logger LOG = LoggerFactory.getLogger(ClientLocator.class);

    static final String TOKEN_ARGUMENT = "--remoting-auth-token=";

    private final ProcessCommandLineReader processReader;
    private final List<Path> installDirectories;

    /** Problems already logged at WARN, so a bad lockfile looked at every second is logged once. */
    private final Set<String> warnedProblems = ConcurrentHashMap.newKeySet();

    /**
     * @param processReader reads process command lines; null to use lockfiles only
     * @param installDirectories where to look for a lockfile, in order of preference; never null
     */
    public ClientLocator(ProcessCommandLineReader processReader, List<Path> installDirectories) {
        this.processReader = processReader;
        this.installDirectories = List.copyOf(installDirectories);
    }

    /**
     * The usual locator: this OS's process reader (when {@code searchProcesses}), then the lockfile in
     * {@code installDirectoryHint} (may be null), then the OS default install directories.
     */
    public static ClientLocator create(boolean searchProcesses, Path installDirectoryHint) {
        List<Path> directories = new ArrayList<>();
        if (installDirectoryHint != null) {
            directories.add(installDirectoryHint);
        }
        directories.addAll(defaultInstallDirectories(OperatingSystem.current()));
        return new ClientLocator(searchProcesses ? ProcessCommandLineReader.forCurrentOs() : null, directories);
    }

    /** Where the client installs itself by default on this OS; empty on OSes the client does not run on. */
    static List<Path> defaultInstallDirectories(OperatingSystem os) {
        switch (os) {
            case WINDOWS:
                return List.of(Path.of("C:\\Riot Games\\League of Legends"));
            case MAC:
                return List.of(Path.of("/Applications/League of Legends.app/Contents/LoL"));
            default:
                return List.of();
        }
    }

    /**
     * Turns an install directory as the client writes it into a path: a trailing {@code /} or {@code \} is dropped, so
     * {@code C:\Riot Games\League of Legends\} and {@code /games/League of Legends/} both name the directory itself.
     */
    public static Path installDirectory(String written) {
        String trimmed = written.strip();
        int end = trimmed.length();
        while (end > 1 && isSeparator(trimmed.charAt(end - 1))) {
            end--;
        }
        return Path.of(trimmed.substring(0, end));
    }

    /**
     * Finds the client.
     *
     * @return the credentials of a running client, never null
     * @throws ClientDiscoveryException when no client is found; the message lists every place tried and why it failed
     */
    public ClientCredentials locate() throws ClientDiscoveryException {
        return locateAll().get(0);
    }

    /**
     * Every client found, best first: processes the lockfile confirms, other processes, then lockfiles from the
     * configured and default install directories. A caller tries them in order, so a stray or foreign process that
     * does not answer cannot hide the real client.
     *
     * @return at least one, never null
     * @throws ClientDiscoveryException when none is found; the message lists every place tried and why it failed
     */
    public List<ClientCredentials> locateAll() throws ClientDiscoveryException {
        List<String> problems = new ArrayList<>();
        List<ClientCredentials> found = locateAll(problems);
        if (found.isEmpty()) {
            throw notFound(problems);
        }
        return found;
    }

    /**
     * Every client found, best first, as {@link #locateAll()}; what stood in the way (a lockfile that is garbage or
     * stale, a process without a port) is added to {@code problems} even when some client was found, and each
     * distinct bad lockfile or process is logged once at WARN.
     *
     * @return possibly empty, never null
     */
    public List<ClientCredentials> locateAll(List<String> problems) {
        List<ClientCredentials> found = new ArrayList<>(candidatesFromProcesses(problems));

        for (Path directory : installDirectories) {
            fromLockfile(directory, problems)
                    .filter(lockfile -> found.stream().noneMatch(lockfile::sameClientAs))
                    .ifPresent(found::add);
        }
        // Known limitation: with several clients answering (rare; e.g. two accounts) Lanelight follows the first one
        // and
        // offers no choice.
        if (found.size() > 1) {
            LOG.debug(
                    "{} League clients found; trying pid {} first",
                    found.size(),
                    found.get(0).pid());
        }
        return found;
    }

    /** Every client process visible in the process list, confirmed ones first; empty without a process reader. */
    List<ClientCredentials> candidatesFromProcesses(List<String> problems) {
        if (processReader == null) {
            return List.of();
        }
        try {
            List<ClientCredentials> confirmed = new ArrayList<>();
            List<ClientCredentials> unconfirmed = new ArrayList<>();
            for (ProcessCommandLine process : processReader.findByArgumentPrefix(TOKEN_ARGUMENT)) {
                fromCommandLine(process, problems)
                        .ifPresent(credentials ->
                                (isConfirmedByLockfile(credentials) ? confirmed : unconfirmed).add(credentials));
            }
            confirmed.addAll(unconfirmed);
            return confirmed;
        } catch (ProcessReadException | RuntimeException | LinkageError e) {
            problems.add(e.getMessage());
            return List.of();
        }
    }

    private Optional<ClientCredentials> fromCommandLine(ProcessCommandLine process, List<String> problems) {
        CommandLineArguments arguments = CommandLineArguments.of(process.arguments());
        Optional<String> token = arguments.value("remoting-auth-token").filter(value -> !value.isEmpty());
        Optional<Integer> port = arguments.value("app-port").flatMap(ClientLocator::parsePort);
        if (token.isEmpty() || port.isEmpty()) {
            warnOnce(
                    problems,
                    "Process " + process.pid() + " carries " + TOKEN_ARGUMENT
                            + " but no usable --app-port or token; it is not a League client Lanelight can talk to.");
            return Optional.empty();
        }
        Path directory = arguments
                .value("install-directory")
                .filter(value -> !value.isBlank())
                .map(ClientLocator::installDirectory)
                .orElse(null);
        return Optional.of(new ClientCredentials(
                port.get(), token.get(), process.pid(), directory, ClientCredentials.Source.PROCESS_COMMAND_LINE));
    }

    /** The command line wins; a lockfile naming another port or token is only worth a debug line. */
    private static boolean isConfirmedByLockfile(ClientCredentials credentials) {
        if (credentials.installDirectory() == null) {
            return false;
        }
        try {
            Optional<Lockfile> lockfile = Lockfile.read(credentials.installDirectory());
            boolean confirmed = lockfile.map(file -> credentials.sameClientAs(file.credentials(null)))
                    .orElse(false);
            if (lockfile.isPresent() && !confirmed) {
                LOG.debug(
                        "The lockfile in {} names another port or token than process {}; using the process's",
                        credentials.installDirectory(),
                        credentials.pid());
            }
            return confirmed;
        } catch (ClientDiscoveryException e) {
            LOG.debug("Lockfile not usable for confirmation: {}", e.getMessage());
            return false;
        }
    }

    private Optional<ClientCredentials> fromLockfile(Path directory, List<String> problems) {
        try {
            Optional<Lockfile> lockfile = Lockfile.read(directory);
            if (lockfile.isEmpty()) {
                if (Files.isDirectory(directory)) {
                    problems.add("No lockfile in " + directory + " (the client writes one while it runs).");
                }
                return Optional.empty();
            }
            if (!isAlive(lockfile.get().pid())) {
                warnOnce(
                        problems,
                        "Ignored the stale lockfile in " + directory + ": its process "
                                + lockfile.get().pid() + " is not running.");
                return Optional.empty();
            }
            return Optional.of(lockfile.get().credentials(directory));
        } catch (ClientDiscoveryException e) {
            warnOnce(problems, e.getMessage());
            return Optional.empty();
        }
    }

    private void warnOnce(List<String> problems, String problem) {
        problems.add(problem);
        if (warnedProblems.add(problem)) {
            LOG.warn("{}", problem);
        }
    }

    /** The message for a search that found no client: where it looked and every problem met. */
    ClientDiscoveryException notFound(List<String> problems) {
        StringBuilder message = new StringBuilder("League client not found. Start the League client and log in;"
                + " Lanelight keeps looking every second.");
        if (processReader == null) {
            message.append(" Process search is off.");
        }
        message.append(" Lockfile locations tried: ")
                .append(installDirectories.isEmpty() ? "none" : installDirectories)
                .append('.');
        problems.forEach(problem -> message.append(' ').append(problem));
        return new ClientDiscoveryException(message.toString());
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<Integer> parsePort(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '\\';
    }
}
