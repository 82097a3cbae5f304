package gg.lanelight.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.client.LcuJson;
import gg.lanelight.app.client.MalformedPayloadException;
import java.io.IOException;

/** Reads Live Client Data API bodies into the app's model. Stateless and thread-safe. */
public final class LiveClientData {

    private LiveClientData() {}

    /**
     * Reads {@code GET /liveclientdata/allgamedata}. While spectating, the API puts an error object where the active
     * player belongs; that becomes a null {@link LiveGame#activePlayer()}.
     *
     * @throws MalformedPayloadException when the body is not an all-game-data object
     */
    public static LiveGame parseAllGameData(String json) throws MalformedPayloadException {
        try {
            JsonNode root = LcuJson.mapper().readTree(json);
            if (root == null || !root.isObject()) {
                throw new IOException("the body is not a JSON object");
            }
            dropSpectatorActivePlayer((ObjectNode) root);
            return LcuJson.mapper().treeToValue(root, LiveGame.class);
        } catch (IOException e) {
            throw new MalformedPayloadException(
                    "The game's Live Client Data API sent game data Lanelight cannot read ("
                            + e.getMessage().lines().findFirst().orElse("")
                            + "); the in-game view keeps the last good data.",
                    e);
        }
    }

    private static void dropSpectatorActivePlayer(ObjectNode root) {
        JsonNode activePlayer = root.get("activePlayer");
        if (activePlayer != null && activePlayer.has("error")) {
            root.putNull("activePlayer");
        }
    }
}
