package gg.lanelight.backend.ddragon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the Data Dragon files that the assets module bundles. */
final class StaticDataFiles {
    static final String ITEMS = "gg/lanelight/assets/ddragon/item.trimmed.json";
    static final String CHAMPIONS = "gg/lanelight/assets/ddragon/champion.trimmed.json";
    static final String RUNES = "gg/lanelight/assets/ddragon/runesReforged.trimmed.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StaticDataFiles() {}

    static JsonNode read(String resource) {
        try (InputStream in = StaticDataFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled Data Dragon file " + resource
                        + " is missing from the classpath; rebuild with the lanelight-assets module.");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled Data Dragon file " + resource, e);
        }
    }
}
