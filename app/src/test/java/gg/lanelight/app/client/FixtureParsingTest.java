package gg.lanelight.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.app.live.LiveAbilities;
import gg.lanelight.app.live.LiveClientData;
import gg.lanelight.app.live.LiveGame;
import gg.lanelight.app.live.LiveRunes;
import gg.lanelight.app.live.LiveSummonerSpells;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recorded LCU and Live Client payload parses into the app's model, with real values checked per type. */
class FixtureParsingTest {

    private static final ObjectMapper JSON = LcuJson.mapper();
    private static final String LOCAL_PUUID = "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6";

    /** How each fixture file is read and checked; a file missing here fails the test, so new fixtures get mapped. */
    private static final Map<String, FixtureCheck> CHECKS = Map.ofEntries(
            Map.entry("lcu/champ-select-session.json", FixtureParsingTest::champSelectSession),
            Map.entry("lcu/current-summoner.json", FixtureParsingTest::currentSummoner),
            Map.entry("lcu/error-404.json", text -> lcuError(text, "RPC_ERROR")),
            Map.entry(
                    "lcu/gameflow-phase.json", text -> assertEquals("ChampSelect", JSON.readValue(text, String.class))),
            Map.entry("lcu/gameflow-session.json", FixtureParsingTest::gameflowSession),
            Map.entry("lcu/lockfile.txt", FixtureParsingTest::lockfile),
            Map.entry("lcu/match-history.json", FixtureParsingTest::matchHistory),
            Map.entry("lcu/perks-inventory.json", FixtureParsingTest::perkInventory),
            Map.entry("lcu/perks-page-post-body.json", FixtureParsingTest::newPerkPage),
            Map.entry("lcu/perks-pages.json", FixtureParsingTest::perkPages),
            Map.entry("lcu/ranked-stats.json", FixtureParsingTest::rankedStats),
            Map.entry("lcu/region-locale.json", FixtureParsingTest::regionLocale),
            Map.entry("lcu/summoner-by-puuid.json", FixtureParsingTest::summonerByPuuid),
            Map.entry("lcu/ux-commandline.txt", FixtureParsingTest::uxCommandLine),
            Map.entry("lcu/ws-event-champselect-delete.json", FixtureParsingTest::champSelectDeleteEvent),
            Map.entry("lcu/ws-event-champselect.json", FixtureParsingTest::champSelectEvent),
            Map.entry("lcu/ws-event-gameflow-phase.json", FixtureParsingTest::phaseEvent),
            Map.entry("lcu/ws-subscribe.json", FixtureParsingTest::subscribe),
            Map.entry("liveclient/activeplayer.json", FixtureParsingTest::activePlayer),
            Map.entry("liveclient/activeplayerabilities.json", FixtureParsingTest::abilities),
            Map.entry(
                    "liveclient/activeplayername.json",
                    text -> assertEquals("Kestrel Vane#EUW7", JSON.readValue(text, String.class))),
            Map.entry("liveclient/activeplayerrunes.json", FixtureParsingTest::activePlayerRunes),
            Map.entry("liveclient/allgamedata.json", FixtureParsingTest::allGameData),
            Map.entry("liveclient/error-404-loading.json", text -> lcuError(text, "RESOURCE_NOT_FOUND")),
            Map.entry("liveclient/eventdata.json", FixtureParsingTest::eventData),
            Map.entry("liveclient/gamestats.json", FixtureParsingTest::gameStats),
            Map.entry("liveclient/playeritems.json", FixtureParsingTest::playerItems),
            Map.entry("liveclient/playerlist.json", FixtureParsingTest::playerList),
            Map.entry("liveclient/playermainrunes.json", FixtureParsingTest::mainRunes),
            Map.entry("liveclient/playerscores.json", FixtureParsingTest::playerScores),
            Map.entry("liveclient/playersummonerspells.json", FixtureParsingTest::summonerSpells));

    @FunctionalInterface
    interface FixtureCheck {
        void check(String text) throws Exception;
    }

    static Stream<String> fixtureFiles() throws IOException {
        return Stream.of("lcu", "liveclient").flatMap(FixtureParsingTest::filesIn);
    }

    private static Stream<String> filesIn(String folder) {
        try (Stream<Path> files = Files.list(Fixtures.folder(folder))) {
            return files.map(file -> folder + "/" + file.getFileName()).sorted().toList().stream();
        } catch (IOException e) {
            throw new AssertionError("cannot list fixtures in " + folder, e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureFiles")
    void everyFixtureParsesIntoTheModel(String fixture) throws Exception {
        FixtureCheck check = CHECKS.get(fixture);
        assertNotNull(check, "no model mapping for fixture " + fixture);

        String[] parts = fixture.split("/");
        check.check(Fixtures.read(parts[0], parts[1]));
    }

    @Test
    void spectatorActivePlayerParsesToNull() throws Exception {
        ObjectNode game = (ObjectNode) JSON.readTree(Fixtures.read("liveclient", "allgamedata.json"));
        game.putObject("activePlayer").put("error", "Spectator mode doesn't currently support this feature");

        LiveGame parsed = LiveClientData.parseAllGameData(game.toString());

        assertNull(parsed.activePlayer());
        assertEquals(game.get("allPlayers").size(), parsed.allPlayers().size());
    }

    private static void champSelectSession(String text) throws IOException {
        ChampSelectSession session = JSON.readValue(text, ChampSelectSession.class);
        assertEquals(4, session.localPlayerCellId());
        assertEquals(10, session.myTeam().size() + session.theirTeam().size());
        assertTrue(session.theirTeam().stream().allMatch(ChampSelectPlayer::isHidden));
        assertEquals("PLANNING", session.timer().phase());
        assertEquals(4, session.localPlayer().orElseThrow().cellId());
    }

    private static void currentSummoner(String text) throws IOException {
        CurrentSummoner summoner = JSON.readValue(text, CurrentSummoner.class);
        assertEquals("Kestrel Vane#EUW7", summoner.riotId());
        assertEquals(LOCAL_PUUID, summoner.puuid());
        assertEquals(187, summoner.summonerLevel());
    }

    private static void summonerByPuuid(String text) throws IOException {
        CurrentSummoner summoner = JSON.readValue(text, CurrentSummoner.class);
        assertEquals("Quartz Otter#FX311", summoner.riotId());
        assertEquals(412, summoner.summonerLevel());
    }

    private static void lcuError(String text, String errorCode) throws IOException {
        LcuError error = JSON.readValue(text, LcuError.class);
        assertEquals(404, error.httpStatus());
        assertEquals(errorCode, error.errorCode());
    }

    private static void gameflowSession(String text) throws IOException {
        GameflowSession session = JSON.readValue(text, GameflowSession.class);
        assertEquals("EndOfGame", session.phase());
        assertEquals(430, session.gameData().queue().id());
        assertEquals(10, session.gameData().playerChampionSelections().size());
        assertEquals(LOCAL_PUUID, session.gameData().teamOne().get(0).puuid());
        assertEquals(11, session.map().id());
        assertEquals(5238, session.gameClient().serverPort());
    }

    private static void lockfile(String text) throws ClientDiscoveryException {
        Lockfile lockfile = Lockfile.parse(text, Path.of("lockfile.txt"));
        assertEquals(23184, lockfile.pid());
        assertEquals(51873, lockfile.port());
        assertEquals("https", lockfile.protocol());
        assertFalse(lockfile.toString().contains(lockfile.password()));
    }

    private static void matchHistory(String text) throws IOException {
        MatchHistory history = JSON.readValue(text, MatchHistory.class);
        assertEquals(1, history.gameList().size());
        MatchHistory.Game game = history.gameList().get(0);
        assertEquals(420, game.queueId());
        MatchHistory.Participant local = game.participantOf(LOCAL_PUUID).orElseThrow();
        assertEquals(268, local.championId());
        assertEquals(5, local.stats().kills());
        assertEquals(7, local.stats().deaths());
        assertEquals("MIDDLE", local.timeline().lane());
    }

    private static void perkInventory(String text) throws IOException {
        PerkInventory inventory = JSON.readValue(text, PerkInventory.class);
        assertTrue(inventory.canAddCustomPage());
        assertEquals(5, inventory.ownedPageCount());
        assertEquals(2, inventory.customPageCount());
    }

    private static void newPerkPage(String text) throws IOException {
        NewPerkPage page = JSON.readValue(text, NewPerkPage.class);
        assertEquals(9, page.selectedPerkIds().size());
        assertEquals(8200, page.primaryStyleId());
        assertTrue(page.current());
        assertEquals(JSON.readTree(text), JSON.valueToTree(page), "the body Lanelight sends matches the recorded one");
    }

    private static void perkPages(String text) throws IOException {
        List<PerkPage> pages = JSON.readValue(text, new TypeReference<List<PerkPage>>() {});
        assertEquals(3, pages.size());
        assertTrue(pages.get(0).current());
        assertTrue(pages.get(0).isEditable());
        assertFalse(pages.get(2).isDeletable(), "preset pages cannot be deleted");
        assertEquals(9, pages.get(1).selectedPerkIds().size());
    }

    private static void rankedStats(String text) throws IOException {
        RankedStats stats = JSON.readValue(text, RankedStats.class);
        RankedStats.RankedQueue solo = stats.queue("RANKED_SOLO_5x5").orElseThrow();
        assertEquals("PLATINUM", solo.tier());
        assertEquals("II", solo.division());
        assertFalse(stats.queue("RANKED_TFT").orElseThrow().isRanked());
    }

    private static void regionLocale(String text) throws IOException {
        RegionLocale regionLocale = JSON.readValue(text, RegionLocale.class);
        assertEquals("EUW", regionLocale.region());
        assertEquals("en_GB", regionLocale.locale());
    }

    private static void uxCommandLine(String text) throws ClientDiscoveryException {
        CommandLineArguments arguments = CommandLineArguments.parseWindows(text);
        Lockfile lockfile = Lockfile.parse(Fixtures.read("lcu", "lockfile.txt"), Path.of("lockfile.txt"));
        assertEquals("51873", arguments.value("app-port").orElseThrow());
        assertEquals(
                lockfile.password(), arguments.value("--remoting-auth-token").orElseThrow());
        assertEquals(
                "C:\\Riot Games\\League of Legends",
                arguments.value("install-directory").orElseThrow());
        assertEquals(
                "C:/Riot Games/League of Legends/LeagueClientUx.exe",
                arguments.arguments().get(0));
    }

    private static void champSelectDeleteEvent(String text) throws MalformedPayloadException {
        LcuEvent event = event(text);
        assertEquals("/lol-champ-select/v1/session", event.uri());
        assertTrue(event.isDelete());
        assertNull(event.data());
    }

    private static void champSelectEvent(String text) throws MalformedPayloadException {
        LcuEvent event = event(text);
        assertEquals("OnJsonApiEvent", event.topic());
        ChampSelectSession session = event.dataAs(ChampSelectSession.class);
        assertEquals(4, session.localPlayerCellId());
        assertEquals(10, session.myTeam().size() + session.theirTeam().size());
    }

    private static void phaseEvent(String text) throws MalformedPayloadException {
        LcuEvent event = event(text);
        assertEquals("OnJsonApiEvent_lol-gameflow_v1_gameflow-phase", event.topic());
        assertEquals("Update", event.eventType());
        assertEquals("InProgress", event.data().asText());
    }

    private static void subscribe(String text) throws Exception {
        WampFrame.Subscribe frame = assertInstanceOf(WampFrame.Subscribe.class, WampFrame.parse(text));
        assertEquals("OnJsonApiEvent", frame.topic());
        assertEquals(JSON.readTree(text), JSON.readTree(frame.toJson()));
    }

    private static LcuEvent event(String text) throws MalformedPayloadException {
        return assertInstanceOf(WampFrame.Event.class, WampFrame.parse(text)).event();
    }

    private static void activePlayer(String text) throws IOException {
        LiveGame.ActivePlayer player = JSON.readValue(text, LiveGame.ActivePlayer.class);
        assertEquals("Kestrel Vane#EUW7", player.riotId());
        assertEquals(1, player.level());
        assertEquals(200.0, player.currentGold());
    }

    private static void abilities(String text) throws IOException {
        LiveAbilities abilities = JSON.readValue(text, LiveAbilities.class);
        assertEquals("SamiraQ", abilities.q().id());
        assertEquals("Inferno Trigger", abilities.r().displayName());
        assertEquals("SamiraPassive", abilities.passive().id());
    }

    private static void activePlayerRunes(String text) throws IOException {
        LiveRunes runes = JSON.readValue(text, LiveRunes.class);
        assertEquals(8229, runes.keystone().id());
        assertEquals(6, runes.generalRunes().size());
        assertEquals(3, runes.statRunes().size());
    }

    private static void mainRunes(String text) throws IOException {
        LiveRunes runes = JSON.readValue(text, LiveRunes.class);
        assertEquals(8200, runes.primaryRuneTree().id());
        assertEquals(8000, runes.secondaryRuneTree().id());
        assertTrue(runes.generalRunes().isEmpty());
    }

    private static void allGameData(String text) throws MalformedPayloadException {
        LiveGame game = LiveClientData.parseAllGameData(text);
        assertEquals("Kestrel Vane#EUW7", game.activePlayer().riotId());
        assertEquals(6, game.allPlayers().size());
        assertEquals(
                5, game.allPlayers().stream().filter(LiveGame.LivePlayer::bot).count());
        assertEquals("GameStart", game.events().list().get(0).eventName());
        assertEquals(11, game.gameData().mapNumber());
    }

    private static void eventData(String text) throws IOException {
        LiveGame.Events events = JSON.readValue(text, LiveGame.Events.class);
        assertEquals(32, events.list().size());
        assertEquals("GameStart", events.list().get(0).eventName());
        assertTrue(events.list().get(0).eventTime() > 1000, "spectator time starts when the spectator joined");
        assertEquals(2, events.list().get(2).assisters().size());
    }

    private static void gameStats(String text) throws IOException {
        LiveGame.GameData data = JSON.readValue(text, LiveGame.GameData.class);
        assertEquals(595, data.gameTime());
        assertEquals("Map11", data.mapName());
    }

    private static void playerItems(String text) throws IOException {
        List<LiveGame.LiveItem> items = JSON.readValue(text, new TypeReference<List<LiveGame.LiveItem>>() {});
        assertEquals(
                List.of(1001, 3340),
                items.stream().map(LiveGame.LiveItem::itemId).toList());
        assertEquals(6, items.get(1).slot());
    }

    private static void playerList(String text) throws IOException {
        List<LiveGame.LivePlayer> players = JSON.readValue(text, new TypeReference<List<LiveGame.LivePlayer>>() {});
        assertEquals(6, players.size());
        assertEquals("Kestrel Vane#EUW7", players.get(0).riotId());
        assertEquals("ORDER", players.get(0).team());
        assertEquals(1001, players.get(0).items().get(0).itemId());
    }

    private static void playerScores(String text) throws IOException {
        LiveGame.Scores scores = JSON.readValue(text, LiveGame.Scores.class);
        assertEquals(new LiveGame.Scores(0, 0, 0, 0, 0.0), scores);
    }

    private static void summonerSpells(String text) throws IOException {
        LiveSummonerSpells spells = JSON.readValue(text, LiveSummonerSpells.class);
        assertEquals("Teleport", spells.summonerSpellOne().displayName());
        assertEquals("Flash", spells.summonerSpellTwo().displayName());
    }
}
