package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * {@code GET /lol-gameflow/v1/session}, the part Lanelight reads. After champion select, {@code teamOne}/{@code
 * teamTwo} name the players that were hidden in the lobby. Lists are never null after parsing; nested objects may be
 * null when the client leaves them out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GameflowSession(
        GameClient gameClient, GameData gameData, GameDodge gameDodge, GameMap map, String phase) {

    /** The game server and whether the game process runs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GameClient(
            String serverIp,
            int serverPort,
            String observerServerIp,
            int observerServerPort,
            boolean running,
            boolean visible) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GameData(
            long gameId,
            boolean isCustomGame,
            Queue queue,
            List<TeamMember> teamOne,
            List<TeamMember> teamTwo,
            List<ChampionSelection> playerChampionSelections) {

        public GameData {
            teamOne = teamOne == null ? List.of() : teamOne;
            teamTwo = teamTwo == null ? List.of() : teamTwo;
            playerChampionSelections = playerChampionSelections == null ? List.of() : playerChampionSelections;
        }
    }

    /** The queue; {@code id} is the queue id (420 ranked solo, 430 normal blind…), {@code type} e.g. "NORMAL". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Queue(int id, String gameMode, String type, boolean isRanked, int mapId, String description) {}

    /** One player of a team; {@code selectedPosition} is e.g. "TOP" or "NONE". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamMember(
            String puuid,
            long summonerId,
            int championId,
            String selectedPosition,
            String summonerName,
            String summonerInternalName,
            int teamParticipantId,
            int profileIconId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChampionSelection(
            int championId, int spell1Id, int spell2Id, int selectedSkinIndex, String summonerInternalName) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GameDodge(String phase, String state, List<Long> dodgeIds) {

        public GameDodge {
            dodgeIds = dodgeIds == null ? List.of() : dodgeIds;
        }
    }

    /** The map; {@code id} 11 is Summoner's Rift, 12 Howling Abyss, 30 Arena. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GameMap(int id, String gameMode, String mapStringId, String name) {}
}
