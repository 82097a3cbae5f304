package gg.lanelight.app.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The recorded payloads in {@code ../shared/fixtures}, located by the {@code lanelight.fixtures} property. */
public final class Fixtures {

    private Fixtures() {}

    public static Path folder(String name) {
        String root = System.getProperty("lanelight.fixtures");
        if (root == null) {
            throw new IllegalStateException("System property lanelight.fixtures is not set; run the tests with Maven");
        }
        return Path.of(root).resolve(name);
    }

    /** A fixture file, e.g. {@code read("lcu", "lockfile.txt")}. */
    public static String read(String folder, String file) {
        try {
            return Files.readString(folder(folder).resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
