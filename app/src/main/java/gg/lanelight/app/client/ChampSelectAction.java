package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One pick or ban turn; {@code type} is "pick", "ban" or "ten_bans_reveal" (kept open). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChampSelectAction(
        long id,
        int actorCellId,
        int championId,
        String type,
        boolean completed,
        boolean isInProgress,
        boolean isAllyAction) {}
