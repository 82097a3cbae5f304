package gg.lanelight.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The client's lockfile {@code LeagueClient:<pid>:<port>:<password>:https} in the install directory. */
final class Lockfile {

    private final Path file;

    private Lockfile(Path file) {
        this.file = file;
    }

    /** Writes the lockfile, creating the install directory when missing. */
    static Lockfile write(Path installDirectory, long pid, int port, String token) throws IOException {
        Files.createDirectories(installDirectory);
        Path file = installDirectory.resolve("lockfile");
        Files.writeString(file, "LeagueClient:" + pid + ":" + port + ":" + token + ":https");
        return new Lockfile(file);
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Could not remove the lockfile " + file + ": " + e.getMessage() + "; delete it by hand");
        }
    }
}
