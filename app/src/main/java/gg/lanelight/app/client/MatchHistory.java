package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /lol-match-history/v1/products/lol/…/matches}: one page of a player's recent games. Each game lists only
 * the queried player. Lists are never null after parsing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchHistory(long accountId, String platformId, Page games) {

    public MatchHistory {
        games = games == null ? new Page(0, 0, 0, List.of()) : games;
    }

    /** The games of this page, newest first. */
    public List<Game> gameList() {
        return games.games();
    }

    /** {@code gameIndexBegin}/{@code gameIndexEnd} are the requested range, inclusive. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int gameCount, int gameIndexBegin, int gameIndexEnd, List<Game> games) {

        public Page {
            games = games == null ? List.of() : games;
        }
    }

    /** One game; {@code gameCreation} is epoch milliseconds, {@code gameDuration} seconds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Game(
            long gameId,
            long gameCreation,
            long gameDuration,
            String gameMode,
            String gameType,
            String gameVersion,
            int mapId,
            int queueId,
            String platformId,
            List<ParticipantIdentity> participantIdentities,
            List<Participant> participants) {

        public Game {
            participantIdentities = participantIdentities == null ? List.of() : participantIdentities;
            participants = participants == null ? List.of() : participants;
        }

        /** The participant whose identity carries this puuid, if listed. */
        public Optional<Participant> participantOf(String puuid) {
            return participantIdentities.stream()
                    .filter(identity -> identity.player() != null
                            && puuid.equals(identity.player().puuid()))
                    .findFirst()
                    .flatMap(identity -> participants.stream()
                            .filter(participant -> participant.participantId() == identity.participantId())
                            .findFirst());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ParticipantIdentity(int participantId, Player player) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Player(
            String puuid, String gameName, String tagLine, long summonerId, String platformId, int profileIcon) {}

    /** {@code teamId} is 100 or 200. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(
            int participantId,
            int championId,
            int spell1Id,
            int spell2Id,
            int teamId,
            Stats stats,
            Timeline timeline) {}

    /** End-of-game numbers; {@code item0}…{@code item6} are item ids (0 = empty slot). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stats(
            boolean win,
            int kills,
            int deaths,
            int assists,
            int champLevel,
            int goldEarned,
            int totalMinionsKilled,
            int neutralMinionsKilled,
            int visionScore,
            long totalDamageDealtToChampions,
            int item0,
            int item1,
            int item2,
            int item3,
            int item4,
            int item5,
            int item6,
            int perkPrimaryStyle,
            int perkSubStyle,
            int perk0) {

        /** The six inventory slots and the trinket, in slot order. */
        public List<Integer> items() {
            return List.of(item0, item1, item2, item3, item4, item5, item6);
        }

        /** Creep score: lane minions plus jungle monsters. */
        public int creepScore() {
            return totalMinionsKilled + neutralMinionsKilled;
        }
    }

    /** {@code lane} e.g. "MIDDLE", {@code role} e.g. "SOLO". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Timeline(String lane, String role) {}
}
