package gg.lanelight.app;

import gg.lanelight.app.client.LcuException;
import gg.lanelight.app.client.LcuTrust;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What must hold before the app starts logging and opens its window: a data folder it can write, a readable
 * {@code --trust-ca} certificate and, on Linux, an X11 display. Each check returns the one line to print, or empty.
 * Called from {@link Main} before logback is configured, so nothing here may log.
 */
final class StartupChecks {

    static final String NO_DISPLAY =
            "Lanelight needs a graphical display (X11): set DISPLAY or run under Xvfb;" + " see README.";

    private StartupChecks() {}

    /** Creates the data folder and its logs folder when missing and proves a file can be written there. */
    static Optional<String> dataDirProblem(Path dataDir) {
        try {
            Files.createDirectories(dataDir.resolve("logs"));
            Path probe = Files.createTempFile(dataDir, ".lanelight-write-check", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Lanelight cannot use its data folder " + dataDir + " (" + reason(e) + "). Pass"
                    + " --data-dir=DIR with a folder you may write, or fix this one's permissions.");
        }
    }

    /** An empty result when no extra CA was given or it holds at least one PEM certificate. */
    static Optional<String> trustCaProblem(Optional<Path> trustCa) {
        if (trustCa.isEmpty()) {
            return Optional.empty();
        }
        Path file = trustCa.get();
        if (!Files.isRegularFile(file)) {
            return Optional.of("--trust-ca: the file " + file + " does not exist. Pass the CA certificate (PEM)"
                    + " that the simulator printed as ca=….");
        }
        try {
            LcuTrust.create(file);
            return Optional.empty();
        } catch (LcuException e) {
            return Optional.of("--trust-ca: " + e.getMessage());
        }
    }

    /** On Linux and other X11 systems without DISPLAY, JavaFX cannot open a window. */
    static Optional<String> displayProblem(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean usesX11 = !os.startsWith("windows") && !os.startsWith("mac");
        String display = environment.get("DISPLAY");
        boolean missing = display == null || display.isBlank();
        return usesX11 && missing ? Optional.of(NO_DISPLAY) : Optional.empty();
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way: " + e.getMessage();
        }
        if (e instanceof FileSystemException fileSystem) {
            return fileSystem.getReason() == null ? "it cannot be created or written" : fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
