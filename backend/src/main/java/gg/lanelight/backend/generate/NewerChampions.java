package gg.lanelight.backend.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.ddragon.ChampionCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Champions released after the bundled Data Dragon champion data (10.14) and before patch 14.7. */
final class NewerChampions {
    private static final String RESOURCE = "champions-since-10.14.json";

    private NewerChampions() {}

    static ChampionCatalog load() {
        try (InputStream in = NewerChampions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The generator resource " + RESOURCE + " is missing");
            }
            return ChampionCatalog.fromJson(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the generator resource " + RESOURCE, e);
        }
    }
}
