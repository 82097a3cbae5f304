package gg.lanelight.app.live;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /liveclientdata/activeplayerabilities}: the local champion's abilities. The passive has no level. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveAbilities(
        @JsonProperty("Q") Ability q,
        @JsonProperty("W") Ability w,
        @JsonProperty("E") Ability e,
        @JsonProperty("R") Ability r,
        @JsonProperty("Passive") Ability passive) {

    /** One ability; {@code id} e.g. "SamiraQ", {@code abilityLevel} 0 until learned. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ability(String id, String displayName, int abilityLevel) {}
}
