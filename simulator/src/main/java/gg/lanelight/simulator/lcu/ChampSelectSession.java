package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.game.Participant;
import gg.lanelight.simulator.game.RecordedGame;
import java.util.List;

/**
 * The champion-select session resource of the simulated client, built from the recorded PLANNING session and the
 * game's roster, and changed by scenario steps. Not thread-safe: {@link ClientState} guards it.
 */
public final class ChampSelectSession {

    static final String TEMPLATE = "gg/lanelight/simulator/lcu/champ-select-session.json";
    private static final int PICK_ACTION_ID_BASE = 10;

    /** Index of the recorded session's one simultaneous pick group, replaced by ranked pick turns. */
    private static final int RECORDED_PICK_GROUP = 2;

    private static final int TEAM_SIZE = RecordedGame.TEAM_SIZE;

    private final ObjectNode session;

    private ChampSelectSession(ObjectNode session) {
        this.session = session;
    }

    /**
     * A fresh PLANNING session: cells from {@link RecordedGame#cells()}, allies with their identity and spells,
     * enemies hidden; ranked pick turns 1-2-2-2-2-1 starting with the blue (team 100) side.
     */
    public static ChampSelectSession create(RecordedGame game) {
        ObjectNode session = Json.template(TEMPLATE);
        List<Participant> cells = game.cells();
        session.put("gameId", game.gameId());
        session.put("localPlayerCellId", cells.indexOf(game.local()));
        session.put("counter", 0);
        fillTeam((ArrayNode) session.get("myTeam"), cells.subList(0, TEAM_SIZE), true);
        fillTeam((ArrayNode) session.get("theirTeam"), cells.subList(TEAM_SIZE, 2 * TEAM_SIZE), false);
        ArrayNode actions = (ArrayNode) session.get("actions");
        actions.remove(RECORDED_PICK_GROUP);
        game.pickTurns().forEach(turn -> actions.add(pickGroup(turn)));
        ChampSelectSession created = new ChampSelectSession(session);
        created.timer("PLANNING", 0);
        return created;
    }

    private static void fillTeam(ArrayNode members, List<Participant> players, boolean allies) {
        for (int i = 0; i < TEAM_SIZE; i++) {
            ObjectNode member = (ObjectNode) members.get(i);
            Participant player = players.get(i);
            member.put("assignedPosition", player.assignedPosition());
            member.put("puuid", allies ? player.puuid() : "");
            member.put("summonerId", allies ? player.summonerId() : 0);
            member.put("spell1Id", allies ? player.spell1Id() : 0);
            member.put("spell2Id", allies ? player.spell2Id() : 0);
            member.put("nameVisibilityType", allies ? "VISIBLE" : "HIDDEN");
            member.put("gameName", allies ? player.gameName() : "");
            member.put("tagLine", allies ? player.tagLine() : "");
        }
    }

    private static ArrayNode pickGroup(List<Integer> cells) {
        ArrayNode group = Json.MAPPER.createArrayNode();
        for (int cell : cells) {
            group.addObject()
                    .put("actorCellId", cell)
                    .put("championId", 0)
                    .put("completed", false)
                    .put("id", PICK_ACTION_ID_BASE + cell)
                    .put("isAllyAction", cell < TEAM_SIZE)
                    .put("isInProgress", false)
                    .put("type", "pick");
        }
        return group;
    }

    ObjectNode body() {
        return session;
    }

    String timerPhase() {
        return session.path("timer").path("phase").asText();
    }

    /** Starts a timer phase (PLANNING, BAN_PICK, FINALIZATION, GAME_STARTING) lasting {@code millis} real ms. */
    public void timer(String phase, long millis) {
        ObjectNode timer = (ObjectNode) session.get("timer");
        timer.put("phase", phase);
        timer.put("totalTimeInPhase", millis);
        timer.put("adjustedTimeLeftInPhase", millis);
        timer.put("internalNowInEpochMs", System.currentTimeMillis());
        timer.put("isInfinite", false);
        refreshProgress();
    }

    /** Shows a champion for a cell: a declared intent in PLANNING, else a hover on the cell's open action. */
    public void hover(int cellId, int championId) {
        ObjectNode member = member(cellId);
        if ("PLANNING".equals(timerPhase())) {
            member.put("championPickIntent", championId);
            return;
        }
        ObjectNode action = openAction(cellId);
        action.put("championId", championId);
        if ("pick".equals(action.path("type").asText())) {
            member.put("championId", championId);
            member.put("championPickIntent", championId);
        }
    }

    public void ban(int cellId, int championId) {
        ObjectNode action = openAction(cellId, "ban");
        action.put("championId", championId);
        action.put("completed", true);
        refreshProgress();
    }

    public void pick(int cellId, int championId) {
        ObjectNode action = openAction(cellId, "pick");
        action.put("championId", championId);
        action.put("completed", true);
        ObjectNode member = member(cellId);
        member.put("championId", championId);
        member.put("championPickIntent", 0);
        refreshProgress();
    }

    /** A champion trade between two cells of the same team after both have picked. */
    public void swap(int firstCellId, int secondCellId) {
        if ((firstCellId < TEAM_SIZE) != (secondCellId < TEAM_SIZE)) {
            throw new IllegalArgumentException(
                    "Cells " + firstCellId + " and " + secondCellId + " are on different teams; only allies trade");
        }
        ObjectNode first = member(firstCellId);
        ObjectNode second = member(secondCellId);
        JsonNode firstChampion = first.get("championId");
        first.set("championId", second.get("championId"));
        second.set("championId", firstChampion);
    }

    void nextCounter() {
        session.put("counter", session.path("counter").asInt() + 1);
    }

    private ObjectNode member(int cellId) {
        String team = cellId < TEAM_SIZE ? "myTeam" : "theirTeam";
        for (JsonNode member : session.get(team)) {
            if (member.path("cellId").asInt() == cellId) {
                return (ObjectNode) member;
            }
        }
        throw new IllegalArgumentException("There is no champion-select cell " + cellId + "; cells are 0..9");
    }

    private ObjectNode openAction(int cellId) {
        return openAction(cellId, null);
    }

    private ObjectNode openAction(int cellId, String type) {
        for (JsonNode group : session.get("actions")) {
            for (JsonNode action : group) {
                boolean typeMatches =
                        type == null || type.equals(action.path("type").asText());
                if (action.path("actorCellId").asInt() == cellId
                        && !action.path("completed").asBoolean()
                        && typeMatches) {
                    return (ObjectNode) action;
                }
            }
        }
        throw new IllegalArgumentException("Cell " + cellId + " has no open " + (type == null ? "" : type + " ")
                + "action; check the order of the scenario's champion-select steps");
    }

    /** Marks the first unfinished group as in progress (bans only once planning is over) and reveals the bans. */
    private void refreshProgress() {
        boolean planning = "PLANNING".equals(timerPhase());
        boolean found = planning;
        for (JsonNode group : session.get("actions")) {
            boolean open = false;
            for (JsonNode action : group) {
                open |= !action.path("completed").asBoolean() && !isReveal(action);
            }
            for (JsonNode action : group) {
                boolean inProgress = !found && open && !action.path("completed").asBoolean();
                ((ObjectNode) action).put("isInProgress", inProgress);
            }
            found |= open;
        }
        revealBansWhenComplete();
    }

    private static boolean isReveal(JsonNode action) {
        return "ten_bans_reveal".equals(action.path("type").asText());
    }

    private void revealBansWhenComplete() {
        ArrayNode mine = Json.MAPPER.createArrayNode();
        ArrayNode theirs = Json.MAPPER.createArrayNode();
        boolean allDone = true;
        for (JsonNode group : session.get("actions")) {
            for (JsonNode action : group) {
                if ("ban".equals(action.path("type").asText())) {
                    allDone &= action.path("completed").asBoolean();
                    int champion = action.path("championId").asInt();
                    if (champion > 0) {
                        (action.path("isAllyAction").asBoolean() ? mine : theirs).add(champion);
                    }
                }
            }
        }
        if (!allDone) {
            return;
        }
        for (JsonNode group : session.get("actions")) {
            group.forEach(action -> {
                if (isReveal(action)) {
                    ((ObjectNode) action).put("completed", true);
                }
            });
        }
        ObjectNode bans = (ObjectNode) session.get("bans");
        bans.set("myTeamBans", mine);
        bans.set("theirTeamBans", theirs);
        bans.put("numBans", 2 * TEAM_SIZE);
    }
}
