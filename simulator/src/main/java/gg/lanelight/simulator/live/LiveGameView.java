package gg.lanelight.simulator.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.game.Participant;
import gg.lanelight.simulator.game.RecordedGame;
import java.util.List;
import java.util.Optional;

/**
 * The Live Client Data payloads of the recorded game at a game time, in the shapes of fixtures/liveclient. The
 * active player is the local participant. Immutable and thread-safe; every call builds fresh trees.
 */
public final class LiveGameView {

    private static final String TEMPLATE = "gg/lanelight/simulator/live/allgamedata.json";
    private static final String[] ABILITY_KEYS = {"Q", "W", "E", "R"};
    private static final int TRINKET_SLOT = 6;

    private final RecordedGame game;
    private final TimelineReplay timeline;
    private final InventoryReplay inventory;
    private final LiveEventLog events;
    private final ItemCatalog items;
    private final GameNames names;
    private final JsonNode template = Json.resource(TEMPLATE);

    public LiveGameView(RecordedGame game, ItemCatalog items, GameNames names) {
        this.game = game;
        this.timeline = new TimelineReplay(game.timeline());
        this.inventory = new InventoryReplay(game, items);
        this.events = new LiveEventLog(game);
        this.items = items;
        this.names = names;
    }

    /** {@code allgamedata} at a game time in seconds. */
    public ObjectNode allGameData(double gameSeconds) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.set("activePlayer", activePlayer(gameSeconds));
        data.set("allPlayers", playerList(gameSeconds, null));
        data.set("events", eventData(gameSeconds, -1));
        data.set("gameData", gameStats(gameSeconds));
        return data;
    }

    public ObjectNode activePlayer(double gameSeconds) {
        Participant local = game.local();
        long millis = millis(gameSeconds);
        ObjectNode active = template.path("activePlayer").deepCopy();
        active.set("abilities", abilities(gameSeconds));
        championStats((ObjectNode) active.get("championStats"), timeline.frame(local.participantId(), millis));
        active.put("currentGold", (double) timeline.currentGold(local.participantId(), millis));
        active.set("fullRunes", fullRunes(local));
        active.put("level", timeline.level(local.participantId(), millis));
        putIdentity(active, local);
        return active;
    }

    public TextNode activePlayerName() {
        return TextNode.valueOf(game.local().riotId());
    }

    /** Ability ids and levels; the display names are the ids, as no champion spell data is bundled. */
    public ObjectNode abilities(double gameSeconds) {
        Participant local = game.local();
        ObjectNode abilities = template.path("activePlayer").path("abilities").deepCopy();
        int[] levels = timeline.abilityLevels(local.participantId(), millis(gameSeconds));
        for (int i = 0; i < ABILITY_KEYS.length; i++) {
            ability((ObjectNode) abilities.get(ABILITY_KEYS[i]), local.championKey() + ABILITY_KEYS[i])
                    .put("abilityLevel", levels[i]);
        }
        ability((ObjectNode) abilities.get("Passive"), local.championKey() + "Passive");
        return abilities;
    }

    private static ObjectNode ability(ObjectNode ability, String id) {
        return ability.put("displayName", id)
                .put("id", id)
                .put("rawDescription", "GeneratedTip_Spell_" + id + "_Description")
                .put("rawDisplayName", "GeneratedTip_Spell_" + id + "_DisplayName");
    }

    /** The timeline's champion stats where the Live Client has a matching field; others keep the recorded values. */
    private static void championStats(ObjectNode stats, JsonNode frame) {
        JsonNode source = frame.path("championStats");
        stats.put("abilityHaste", source.path("abilityHaste").asDouble());
        stats.put("abilityPower", source.path("abilityPower").asDouble());
        stats.put("armor", source.path("armor").asDouble());
        stats.put("attackDamage", source.path("attackDamage").asDouble());
        stats.put("attackSpeed", source.path("attackSpeed").asDouble() / 100.0);
        stats.put("currentHealth", source.path("health").asDouble());
        stats.put("maxHealth", source.path("healthMax").asDouble());
        stats.put("magicResist", source.path("magicResist").asDouble());
        stats.put("moveSpeed", source.path("movementSpeed").asDouble());
        stats.put("lifeSteal", source.path("lifesteal").asDouble());
        stats.put("omnivamp", source.path("omnivamp").asDouble());
        stats.put("resourceValue", source.path("power").asDouble());
        stats.put("resourceMax", source.path("powerMax").asDouble());
    }

    public ObjectNode fullRunes(Participant player) {
        JsonNode perks = player.stats().path("perks");
        ObjectNode runes = mainRunes(player);
        ArrayNode general = runes.putArray("generalRunes");
        perks.path("styles")
                .forEach(style -> style.path("selections")
                        .forEach(selection ->
                                general.add(names.rune(selection.path("perk").asInt()))));
        ArrayNode statRunes = runes.putArray("statRunes");
        for (String slot : List.of("offense", "flex", "defense")) {
            int id = perks.path("statPerks").path(slot).asInt();
            statRunes.addObject().put("id", id).put("rawDescription", "perk_tooltip_StatMod" + id);
        }
        return runes;
    }

    /** {keystone, primaryRuneTree, secondaryRuneTree} of a player. */
    public ObjectNode mainRunes(Participant player) {
        JsonNode styles = player.stats().path("perks").path("styles");
        ObjectNode runes = Json.MAPPER.createObjectNode();
        runes.set(
                "keystone",
                names.rune(
                        styles.path(0).path("selections").path(0).path("perk").asInt()));
        runes.set("primaryRuneTree", names.rune(styles.path(0).path("style").asInt()));
        runes.set("secondaryRuneTree", names.rune(styles.path(1).path("style").asInt()));
        return runes;
    }

    /** {@code playerlist}; {@code team} ORDER or CHAOS filters, null lists everyone. */
    public ArrayNode playerList(double gameSeconds, String team) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (Participant player : game.participants()) {
            if (team == null || team.equals(player.liveTeam())) {
                list.add(player(player, gameSeconds));
            }
        }
        return list;
    }

    private ObjectNode player(Participant player, double gameSeconds) {
        long millis = millis(gameSeconds);
        double respawn = timeline.respawnSeconds(player.participantId(), millis);
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("championName", names.championName(player.championKey()));
        node.put("isBot", false);
        node.put("isDead", respawn > 0);
        node.set("items", items(player, gameSeconds));
        node.put("level", timeline.level(player.participantId(), millis));
        node.put("position", player.position());
        node.put("rawChampionName", "game_character_displayname_" + player.championKey());
        node.put("respawnTimer", respawn);
        putIdentity(node, player);
        node.set("runes", mainRunes(player));
        node.set("scores", scores(player, gameSeconds));
        node.put("skinID", 0);
        node.set("summonerSpells", summonerSpells(player));
        node.put("team", player.liveTeam());
        return node;
    }

    private static void putIdentity(ObjectNode node, Participant player) {
        node.put("riotId", player.riotId());
        node.put("riotIdGameName", player.gameName());
        node.put("riotIdTagLine", player.tagLine());
        node.put("summonerName", player.riotId());
    }

    public ArrayNode items(Participant player, double gameSeconds) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        int slot = 0;
        for (InventoryReplay.Stack stack : inventory.inventory(player.participantId(), millis(gameSeconds))) {
            boolean trinket = items.trinket(stack.itemId());
            list.addObject()
                    .put("canUse", trinket || items.consumable(stack.itemId()))
                    .put("consumable", items.consumable(stack.itemId()))
                    .put("count", stack.count())
                    .put("displayName", items.name(stack.itemId()))
                    .put("itemID", stack.itemId())
                    .put("price", items.price(stack.itemId()))
                    .put("rawDescription", "GeneratedTip_Item_" + stack.itemId() + "_Description")
                    .put("rawDisplayName", "Item_" + stack.itemId() + "_Name")
                    .put("slot", trinket ? TRINKET_SLOT : slot++);
        }
        return list;
    }

    /**
     * {kills, deaths, assists, creepScore, wardScore}. The ward score grows linearly to the match's final vision
     * score, as the timeline has no vision score per minute.
     */
    public ObjectNode scores(Participant player, double gameSeconds) {
        long millis = millis(gameSeconds);
        TimelineReplay.Kda kda = timeline.kda(player.participantId(), millis);
        double share = Math.min(1.0, gameSeconds / game.durationSeconds());
        return Json.MAPPER
                .createObjectNode()
                .put("assists", kda.assists())
                .put("creepScore", timeline.creepScore(player.participantId(), millis))
                .put("deaths", kda.deaths())
                .put("kills", kda.kills())
                .put("wardScore", Math.floor(player.stats().path("visionScore").asDouble() * share));
    }

    public ObjectNode summonerSpells(Participant player) {
        ObjectNode spells = Json.MAPPER.createObjectNode();
        spells.set("summonerSpellOne", names.summonerSpell(player.spell1Id()));
        spells.set("summonerSpellTwo", names.summonerSpell(player.spell2Id()));
        return spells;
    }

    /** {@code eventdata}: events so far, only those with an id ≥ {@code fromEventId} when it is not negative. */
    public ObjectNode eventData(double gameSeconds, int fromEventId) {
        ArrayNode list = events.eventsUntil(gameSeconds);
        ArrayNode filtered = Json.MAPPER.createArrayNode();
        list.forEach(e -> {
            if (e.path("EventID").asInt() >= fromEventId) {
                filtered.add(e);
            }
        });
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.set("Events", filtered);
        return data;
    }

    public ObjectNode gameStats(double gameSeconds) {
        ObjectNode stats = template.path("gameData").deepCopy();
        stats.put("gameMode", game.info().path("gameMode").asText());
        stats.put("gameTime", gameSeconds);
        stats.put("mapNumber", game.info().path("mapId").asInt());
        stats.put("mapName", "Map" + game.info().path("mapId").asInt());
        return stats;
    }

    /** The player a {@code summonerName=} query names: the full Riot ID {@code Name#TAG}. */
    public Optional<Participant> byRiotId(String riotId) {
        return game.participants().stream()
                .filter(p -> p.riotId().equals(riotId))
                .findFirst();
    }

    private static long millis(double gameSeconds) {
        return (long) (gameSeconds * 1000);
    }
}
