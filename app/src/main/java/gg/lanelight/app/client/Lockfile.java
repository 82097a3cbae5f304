package gg.lanelight.app.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The client's {@code lockfile}: one line {@code LeagueClient:<pid>:<port>:<password>:https}, written into the install
 * directory at start-up and removed on exit. {@link #toString()} never shows the password.
 */
public record Lockfile(String processName, long pid, int port, String password, String protocol) {

    /** The file name inside the install directory. */
    public static final String FILE_NAME = "lockfile";

    private static final String EXPECTED_FORMAT = "LeagueClient:<pid>:<port>:<password>:https";

    /**
     * Reads {@code <installDirectory>/lockfile}.
     *
     * @return empty when the file does not exist (the client is not running from there)
     * @throws ClientDiscoveryException when the file exists but cannot be read or is not a lockfile
     */
    public static Optional<Lockfile> read(Path installDirectory) throws ClientDiscoveryException {
        Path file = installDirectory.resolve(FILE_NAME);
        try {
            return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8), file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ClientDiscoveryException(
                    "Could not read the League client's lockfile " + file + ": " + e.getMessage()
                            + ". Check that Lanelight may read the install directory.",
                    e);
        }
    }

    /**
     * Parses lockfile content; surrounding whitespace and a trailing newline are tolerated.
     *
     * @param source the file the content came from, only for the error message
     */
    public static Lockfile parse(String content, Path source) throws ClientDiscoveryException {
        String[] parts = content.strip().split(":", -1);
        if (parts.length != 5 || parts[3].isEmpty()) {
            throw malformed(source, "it has " + parts.length + " colon-separated parts instead of 5");
        }
        try {
            return new Lockfile(parts[0], Long.parseLong(parts[1]), parsePort(parts[2]), parts[3], parts[4]);
        } catch (NumberFormatException e) {
            throw malformed(source, "the pid or port is not a number");
        }
    }

    /** The credentials this lockfile names, from the given install directory. */
    public ClientCredentials credentials(Path installDirectory) {
        return new ClientCredentials(port, password, pid, installDirectory, ClientCredentials.Source.LOCKFILE);
    }

    @Override
    public String toString() {
        return "Lockfile[processName=" + processName + ", pid=" + pid + ", port=" + port + ", protocol=" + protocol
                + ", password=(hidden)]";
    }

    private static int parsePort(String text) {
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new NumberFormatException("port out of range");
        }
        return port;
    }

    private static ClientDiscoveryException malformed(Path source, String why) {
        return new ClientDiscoveryException("The League client's lockfile " + source + " is not in the expected format "
                + EXPECTED_FORMAT + ": " + why + ". Restart the League client so it writes a fresh one.");
    }
}
