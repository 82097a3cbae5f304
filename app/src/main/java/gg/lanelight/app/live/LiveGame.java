package gg.lanelight.app.live;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code GET /liveclientdata/allgamedata}. {@code activePlayer} is null while spectating (the API then returns an
 * error object in its place). Times are seconds of game time.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveGame(ActivePlayer activePlayer, List<LivePlayer> allPlayers, Events events, GameData gameData) {

    public LiveGame {
        allPlayers = allPlayers == null ? List.of() : allPlayers;
        events = events == null ? new Events(List.of()) : events;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActivePlayer(
            String riotId,
            String riotIdGameName,
            String riotIdTagLine,
            String summonerName,
            int level,
            double currentGold) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LivePlayer(
            String championName,
            String rawChampionName,
            @JsonProperty("isBot") boolean bot,
            @JsonProperty("isDead") boolean dead,
            List<LiveItem> items,
            int level,
            String position,
            double respawnTimer,
            String riotId,
            String riotIdGameName,
            String riotIdTagLine,
            String summonerName,
            Scores scores,
            String team) {

        public LivePlayer {
            items = items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LiveItem(
            @JsonProperty("itemID") int itemId,
            String displayName,
            int count,
            int slot,
            int price,
            boolean consumable) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scores(int kills, int deaths, int assists, int creepScore, double wardScore) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Events(@JsonProperty("Events") List<LiveEvent> list) {

        public Events {
            list = list == null ? List.of() : list;
        }
    }

    /** One game event; the optional fields are null when an event type does not carry them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LiveEvent(
            @JsonProperty("EventID") int eventId,
            @JsonProperty("EventName") String eventName,
            @JsonProperty("EventTime") double eventTime,
            @JsonProperty("KillerName") String killerName,
            @JsonProperty("VictimName") String victimName,
            @JsonProperty("DragonType") String dragonType,
            @JsonProperty("Stolen") String stolen,
            @JsonProperty("Result") String result,
            @JsonProperty("Assisters") List<String> assisters) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GameData(String gameMode, double gameTime, String mapName, int mapNumber, String mapTerrain) {}
}
