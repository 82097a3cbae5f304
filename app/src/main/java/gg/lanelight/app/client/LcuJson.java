package gg.lanelight.app.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON mapping shared by the LCU and Live Client code: unknown fields are ignored, as the APIs grow often. */
public final class LcuJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private LcuJson() {}

    /** The shared, fully configured mapper; do not reconfigure it. Thread-safe. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
