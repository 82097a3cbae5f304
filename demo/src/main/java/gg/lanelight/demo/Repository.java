package gg.lanelight.demo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Lanelight source checkout the demo runs from: it holds the built backend and simulator modules. */
final class Repository {

    /** Set by scripts/demo (and the end-to-end tests) to the repository root. */
    static final String HOME_PROPERTY = "lanelight.home";

    private final Path root;

    private Repository(Path root) {
        this.root = root;
    }

    /**
     * The root named by {@code -Dlanelight.home}, else the nearest folder at or above the working directory that
     * holds {@code pom.xml} and {@code backend/}.
     */
    static Repository locate() throws DemoException {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home).toAbsolutePath().normalize();
            if (!isRoot(root)) {
                throw new DemoException("-D" + HOME_PROPERTY + "=" + home
                        + " is not the Lanelight repository (no pom.xml and backend/ there).");
            }
            return new Repository(root);
        }

        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return new Repository(dir);
            }
        }
        throw new DemoException("Cannot find the Lanelight repository above "
                + Path.of("").toAbsolutePath() + ": run the demo with scripts/demo from the checkout.");
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("backend"));
    }

    Path root() {
        return root;
    }

    /**
     * The runtime classpath of a built module: its {@code target/classes} followed by the entries Maven wrote to
     * {@code target/classpath.txt} during {@code package}.
     */
    String classpath(String module) throws DemoException {
        Path target = root.resolve(module).resolve("target");
        Path classes = target.resolve("classes");
        Path listing = target.resolve("classpath.txt");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(listing)) {
            throw new DemoException("The " + module + " module is not built (" + listing + " is missing): run "
                    + "'mvn -B -DskipTests install' in " + root + " first, or use scripts/demo which builds.");
        }

        try {
            String dependencies =
                    Files.readString(listing, StandardCharsets.UTF_8).strip();
            return dependencies.isEmpty() ? classes.toString() : classes + File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new DemoException("Cannot read " + listing + ": " + e.getMessage(), e);
        }
    }
}
