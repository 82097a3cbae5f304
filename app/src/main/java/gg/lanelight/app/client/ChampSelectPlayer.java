package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One lobby cell. {@code championId} is 0 until a pick; {@code assignedPosition} is lower case ("top", "jungle",
 * "middle", "bottom", "utility") or empty. Hidden players have an empty puuid and summonerId 0.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChampSelectPlayer(
        int cellId,
        int championId,
        int championPickIntent,
        String assignedPosition,
        String puuid,
        long summonerId,
        String nameVisibilityType,
        long spell1Id,
        long spell2Id,
        int team,
        String gameName,
        String tagLine) {

    /** The champion shown for this cell: the locked or hovered pick, else the declared intent, else 0. */
    public int shownChampionId() {
        return championId != 0 ? championId : championPickIntent;
    }

    public boolean isHidden() {
        return puuid == null || puuid.isEmpty() || "HIDDEN".equals(nameVisibilityType);
    }
}
