package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/** {@code GET /lol-champ-select/v1/session}, the part Lanelight reads. Lists are never null after parsing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChampSelectSession(
        long gameId,
        int localPlayerCellId,
        List<List<ChampSelectAction>> actions,
        List<ChampSelectPlayer> myTeam,
        List<ChampSelectPlayer> theirTeam,
        ChampSelectTimer timer,
        boolean isCustomGame,
        boolean isSpectating,
        boolean benchEnabled) {

    public ChampSelectSession {
        actions = actions == null ? List.of() : actions;
        myTeam = myTeam == null ? List.of() : myTeam;
        theirTeam = theirTeam == null ? List.of() : theirTeam;
    }

    /** The local player's cell, if the session lists it (it does not while spectating). */
    public Optional<ChampSelectPlayer> localPlayer() {
        return myTeam.stream().filter(p -> p.cellId() == localPlayerCellId).findFirst();
    }
}
