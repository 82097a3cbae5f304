package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.game.Participant;
import gg.lanelight.simulator.game.RecordedGame;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's changing resources: gameflow phase and session, champion-select session and whether the recorded
 * game has been played. Every change is published over WAMP with exactly the body a GET returns at that moment.
 * Thread-safe: the scenario thread writes, server worker threads read copies.
 */
public final class ClientState {

    public static final String PHASE_URI = "/lol-gameflow/v1/gameflow-phase";
    public static final String GAMEFLOW_SESSION_URI = "/lol-gameflow/v1/session";
    public static final String CHAMP_SELECT_URI = "/lol-champ-select/v1/session";

    private static final Logger LOG = LoggerFactory.getLogger(ClientState.class);
    private static final String GAMEFLOW_TEMPLATE = "gg/lanelight/simulator/lcu/gameflow-session.json";

    private final RecordedGame game;
    private final WampHub hub;
    private final ObjectNode gameflowSession;
    private String phase = "None";
    private ChampSelectSession champSelect;
    private boolean gamePlayed;

    public ClientState(RecordedGame game, WampHub hub) {
        this.game = game;
        this.hub = hub;
        this.gameflowSession = emptyGameflowSession(game);
    }

    private static ObjectNode emptyGameflowSession(RecordedGame game) {
        ObjectNode session = Json.template(GAMEFLOW_TEMPLATE);
        ObjectNode gameData = (ObjectNode) session.get("gameData");
        gameData.put("gameId", 0);
        gameData.putArray("teamOne");
        gameData.putArray("teamTwo");
        gameData.putArray("playerChampionSelections");
        ObjectNode queue = (ObjectNode) gameData.get("queue");
        queue.put("id", game.queueId());
        queue.put("description", "Ranked Solo/Duo");
        queue.put("detailedDescription", "Ranked Solo/Duo");
        if (queue.has("type")) {
            queue.put("type", "RANKED_SOLO_5x5");
        }
        ((ObjectNode) session.get("gameClient")).put("running", false).put("visible", false);
        session.put("phase", "None");
        return session;
    }

    public synchronized String phase() {
        return phase;
    }

    public synchronized JsonNode phaseBody() {
        return TextNode.valueOf(phase);
    }

    public synchronized JsonNode gameflowSession() {
        return gameflowSession.deepCopy();
    }

    /** The champion-select session, empty outside champion select. */
    public synchronized Optional<JsonNode> champSelectSession() {
        return Optional.ofNullable(champSelect).map(s -> s.body().deepCopy());
    }

    public synchronized boolean gamePlayed() {
        return gamePlayed;
    }

    /**
     * Moves to a new gameflow phase. Entering ChampSelect creates the champion-select session (PLANNING, until a
     * timer step moves on); leaving it deletes it; GameStart fills the gameflow session's teams with the recorded game's players.
     */
    public synchronized void setPhase(String next) {
        String previous = phase;
        phase = next;
        LOG.info("Gameflow phase {} -> {}", previous, next);
        updateGameflowSession(next);
        hub.publish(PHASE_URI, "Update", phaseBody());
        hub.publish(GAMEFLOW_SESSION_URI, "Update", gameflowSession());
        if ("ChampSelect".equals(next) && champSelect == null) {
            champSelect = ChampSelectSession.create(game);
            hub.publish(CHAMP_SELECT_URI, "Create", champSelect.body().deepCopy());
        } else if (!"ChampSelect".equals(next) && champSelect != null) {
            champSelect = null;
            hub.publish(CHAMP_SELECT_URI, "Delete", null);
        }
    }

    /** Applies a change to the champion-select session and publishes it; fails outside champion select. */
    public synchronized void changeChampSelect(Consumer<ChampSelectSession> change) {
        if (champSelect == null) {
            throw new IllegalStateException("A champion-select step runs outside the ChampSelect phase; put a "
                    + "{\"phase\": \"ChampSelect\"} step before it");
        }
        change.accept(champSelect);
        champSelect.nextCounter();
        hub.publish(CHAMP_SELECT_URI, "Update", champSelect.body().deepCopy());
    }

    /** Records that the game is over, so match history lists it from now on. */
    public synchronized void markGamePlayed() {
        gamePlayed = true;
    }

    private void updateGameflowSession(String next) {
        gameflowSession.put("phase", next);
        boolean inGame = "InProgress".equals(next) || "Reconnect".equals(next);
        ((ObjectNode) gameflowSession.get("gameClient")).put("running", inGame).put("visible", inGame);
        if ("GameStart".equals(next)) {
            fillTeams((ObjectNode) gameflowSession.get("gameData"));
        }
    }

    private void fillTeams(ObjectNode gameData) {
        gameData.put("gameId", game.gameId());
        ArrayNode teamOne = gameData.putArray("teamOne");
        ArrayNode teamTwo = gameData.putArray("teamTwo");
        ArrayNode selections = gameData.putArray("playerChampionSelections");
        for (Participant player : game.participants()) {
            (player.teamId() == 100 ? teamOne : teamTwo).add(teamMember(player));
            selections
                    .addObject()
                    .put("championId", player.championId())
                    .put("selectedSkinIndex", 0)
                    .put("spell1Id", player.spell1Id())
                    .put("spell2Id", player.spell2Id())
                    .put("summonerInternalName", "");
        }
    }

    private static ObjectNode teamMember(Participant player) {
        return Json.MAPPER
                .createObjectNode()
                .put("championId", player.championId())
                .put("lastSelectedSkinIndex", 0)
                .put("profileIconId", player.stats().path("profileIcon").asInt())
                .put("puuid", player.puuid())
                .put("selectedPosition", player.position())
                .put("selectedRole", "NONE.NONE.FILL.UNSELECTED")
                .put("summonerId", player.summonerId())
                .put("summonerInternalName", "")
                .put("summonerName", "")
                .put("teamOwner", false)
                .put("teamParticipantId", player.participantId());
    }
}
