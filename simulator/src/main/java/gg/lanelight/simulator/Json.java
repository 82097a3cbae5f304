package gg.lanelight.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one JSON mapper of the simulator, and loading of bundled or user-supplied JSON documents. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** Reads a JSON resource from the classpath, e.g. {@code gg/lanelight/simulator/lcu/error-404.json}. */
    public static JsonNode resource(String path) {
        try (InputStream in = Json.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Bundled resource " + path + " is missing; rebuild the simulator");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled resource " + path + " is not valid JSON", e);
        }
    }

    /** Reads a JSON file; the message of the exception names the file and what is wrong with it. */
    public static JsonNode file(Path path) {
        try {
            return MAPPER.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read JSON file " + path + ": " + e.getMessage(), e);
        }
    }

    /** A deep copy of a bundled object resource, safe to modify. */
    public static ObjectNode template(String path) {
        return (ObjectNode) resource(path).deepCopy();
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialise a JSON tree", e);
        }
    }
}
