package gg.lanelight.demo;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The child processes and temporary folders one demo run owns, released newest first. Thread-safe and idempotent, so
 * both the normal end of the demo and the JVM shutdown hook may call {@link #releaseAll}.
 */
final class StartedProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(StartedProcesses.class);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Deque<Runnable> releases = new ArrayDeque<>();

    synchronized void add(ChildProcess child) {
        releases.push(() -> child.stop(GRACE));
    }

    synchronized void addTemporaryFolder(Path folder) {
        releases.push(() -> deleteTree(folder));
    }

    synchronized void releaseAll() {
        while (!releases.isEmpty()) {
            releases.pop().run();
        }
    }

    /** Registers {@link #releaseAll} to run when the JVM exits, however it exits. */
    void releaseOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::releaseAll, "demo-stop-children"));
    }

    private static void deleteTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not remove the demo's temporary folder {}: {}", folder, e.getMessage());
        }
    }
}
