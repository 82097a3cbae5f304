package gg.lanelight.app.live;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /liveclientdata/playersummonerspells}: a player's two summoner spells, by localized name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveSummonerSpells(Spell summonerSpellOne, Spell summonerSpellTwo) {

    /** {@code rawDisplayName} names the spell independent of language, e.g. "…SummonerFlash_DisplayName". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Spell(String displayName, String rawDisplayName) {}
}
