package gg.lanelight.simulator.game;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A real match-v5 game and its timeline, with the identities the simulated client shows. Immutable and thread-safe.
 */
public final class RecordedGame {

    /** Role order of the champion-select cells of each team (see docs/architecture.md). */
    public static final List<String> CELL_ROLE_ORDER = List.of("TOP", "JUNGLE", "MIDDLE", "UTILITY", "BOTTOM");

    public static final int TEAM_SIZE = 5;

    /** Invented summonerIds of the other players follow the fixtures' 2000000000000xxx pattern. */
    private static final long OTHER_SUMMONER_ID_BASE = 2_000_000_000_000_100L;

    private final JsonNode match;
    private final JsonNode timeline;
    private final List<Participant> participants;
    private final Participant local;

    public RecordedGame(JsonNode match, JsonNode timeline, int localParticipantId, LocalSummoner summoner) {
        this.match = match;
        this.timeline = timeline;
        this.participants = readParticipants(match, localParticipantId, summoner);
        this.local = participants.stream()
                .filter(Participant::local)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The match has no participant " + localParticipantId + "; set localParticipantId to 1..10"));
    }

    private static List<Participant> readParticipants(JsonNode match, int localId, LocalSummoner summoner) {
        List<Participant> list = new ArrayList<>();
        for (JsonNode p : match.path("info").path("participants")) {
            list.add(participant(p, p.path("participantId").asInt() == localId, summoner));
        }
        if (list.size() != 10) {
            throw new IllegalArgumentException("The match must list 10 participants, it lists " + list.size());
        }
        return List.copyOf(list);
    }

    private static Participant participant(JsonNode p, boolean local, LocalSummoner summoner) {
        int id = p.path("participantId").asInt();
        return new Participant(
                id,
                p.path("teamId").asInt(),
                p.path("championId").asInt(),
                p.path("championName").asText(),
                p.path("teamPosition").asText(),
                local ? summoner.puuid() : p.path("puuid").asText(),
                local ? summoner.gameName() : p.path("riotIdGameName").asText(),
                local ? summoner.tagLine() : p.path("riotIdTagline").asText(),
                local ? summoner.summonerId() : OTHER_SUMMONER_ID_BASE + id,
                p.path("summoner1Id").asInt(),
                p.path("summoner2Id").asInt(),
                local,
                p);
    }

    public JsonNode match() {
        return match;
    }

    public JsonNode timeline() {
        return timeline;
    }

    public JsonNode info() {
        return match.path("info");
    }

    /** Participants in match order (1..10: team 100 first). */
    public List<Participant> participants() {
        return participants;
    }

    public Participant local() {
        return local;
    }

    public Participant participant(int participantId) {
        return participants.get(participantId - 1);
    }

    public Optional<Participant> byPuuid(String puuid) {
        return participants.stream().filter(p -> p.puuid().equals(puuid)).findFirst();
    }

    public long gameId() {
        return info().path("gameId").asLong();
    }

    public int queueId() {
        return info().path("queueId").asInt();
    }

    /** The match's {@code gameDuration} in seconds, which match-v5 truncates to whole seconds. */
    public double durationSeconds() {
        return info().path("gameDuration").asDouble();
    }

    /**
     * Game time in seconds at which the game ends: the timeline's last frame (the game's end, in milliseconds), or
     * {@link #durationSeconds()} when that is later. Game time runs until here so that the last frame, which is not
     * at a whole minute, is the one served at the end.
     */
    public double endSeconds() {
        JsonNode frames = timeline.path("info").path("frames");
        double lastFrameSeconds = frames.isEmpty()
                ? 0
                : frames.get(frames.size() - 1).path("timestamp").asLong() / 1000.0;
        return Math.max(durationSeconds(), lastFrameSeconds);
    }

    public int winningTeam() {
        for (JsonNode team : info().path("teams")) {
            if (team.path("win").asBoolean()) {
                return team.path("teamId").asInt();
            }
        }
        return 0;
    }

    /** Champion-select cells 0..9: the local team in {@link #CELL_ROLE_ORDER}, then the enemy team likewise. */
    public List<Participant> cells() {
        List<Participant> cells = new ArrayList<>(teamInCellOrder(local.teamId()));
        cells.addAll(teamInCellOrder(local.teamId() == 100 ? 200 : 100));
        return List.copyOf(cells);
    }

    private List<Participant> teamInCellOrder(int teamId) {
        return participants.stream()
                .filter(p -> p.teamId() == teamId)
                .sorted(Comparator.comparingInt(p -> CELL_ROLE_ORDER.indexOf(p.position())))
                .toList();
    }

    /** Cells per ranked pick turn (1-2-2-2-2-1), blue side (team 100) first; allies are cells 0..4. */
    public List<List<Integer>> pickTurns() {
        int blue = local.teamId() == 100 ? 0 : TEAM_SIZE;
        int red = local.teamId() == 100 ? TEAM_SIZE : 0;
        return List.of(
                List.of(blue),
                List.of(red, red + 1),
                List.of(blue + 1, blue + 2),
                List.of(red + 2, red + 3),
                List.of(blue + 3, blue + 4),
                List.of(red + 4));
    }

    /** Bans of a team in pick-turn order; -1 means the player banned nobody. */
    public List<Integer> bans(int teamId) {
        List<Integer> bans = new ArrayList<>();
        for (JsonNode team : info().path("teams")) {
            if (team.path("teamId").asInt() == teamId) {
                team.path("bans").forEach(b -> bans.add(b.path("championId").asInt()));
            }
        }
        return bans;
    }
}
