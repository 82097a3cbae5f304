package gg.lanelight.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LcuRestClientTest {

    private static final ObjectMapper JSON = LcuJson.mapper();
    private static final String LOCAL_PUUID = "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6";

    @TempDir
    Path temp;

    private LcuTrust trust;
    private FakeLeagueClient client;
    private LcuRestClient rest;

    @BeforeEach
    void connect() throws Exception {
        TestTls tls = TestTls.create(temp);
        trust = LcuTrust.create(tls.caPem());
        client = FakeLeagueClient.start(tls, "restTestToken-42");
        rest = restFor(client.port(), client.token());
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private LcuRestClient restFor(int port, String token) {
        ClientCredentials credentials = new ClientCredentials(port, token, 1, null, ClientCredentials.Source.LOCKFILE);
        return new LcuRestClient(credentials, LcuRestClient.httpClientFor(trust));
    }

    @Test
    void everyCallCarriesBasicAuthForUserRiot() throws Exception {
        assertEquals("Kestrel Vane#EUW7", rest.currentSummoner().orElseThrow().riotId());

        RecordedRequest request = client.takeRequest();
        assertEquals(client.expectedAuthorization(), request.getHeaders().get("Authorization"));
        assertEquals("/lol-summoner/v1/current-summoner", request.getUrl().encodedPath());
    }

    @Test
    void notFoundMeansNotApplicableForPhaseBoundEndpoints() throws Exception {
        client.respond("/lol-champ-select/v1/session", 404, Fixtures.read("lcu", "error-404.json"));
        client.respond("/lol-summoner/v1/current-summoner", 404, Fixtures.read("lcu", "error-404.json"));

        assertTrue(rest.champSelectSession().isEmpty());
        assertTrue(rest.currentSummoner().isEmpty(), "404 = nobody logged in yet");
        assertTrue(rest.gameflowSession().isEmpty());
    }

    @Test
    void typedReadsMapTheRecordedPayloads() throws Exception {
        client.json("/lol-ranked/v1/ranked-stats/" + LOCAL_PUUID, Fixtures.read("lcu", "ranked-stats.json"));
        client.json(
                "/lol-match-history/v1/products/lol/current-summoner/matches",
                Fixtures.read("lcu", "match-history.json"));
        client.json("/lol-perks/v1/inventory", Fixtures.read("lcu", "perks-inventory.json"));
        client.json("/riotclient/region-locale", Fixtures.read("lcu", "region-locale.json"));

        assertEquals(
                "PLATINUM",
                rest.rankedStats(LOCAL_PUUID)
                        .queue("RANKED_SOLO_5x5")
                        .orElseThrow()
                        .tier());
        assertEquals(1, rest.matchHistory(0, 19).gameList().size());
        assertTrue(rest.perkInventory().canAddCustomPage());
        assertEquals("EUW", rest.regionLocale().region());

        client.takeRequest();
        RecordedRequest history = client.takeRequest();
        assertEquals("0", history.getUrl().queryParameter("begIndex"));
        assertEquals("19", history.getUrl().queryParameter("endIndex"));
    }

    @Test
    void runePagesAreCreatedMadeCurrentAndDeleted() throws Exception {
        String created =
                JSON.readTree(Fixtures.read("lcu", "perks-pages.json")).get(0).toString();
        client.json("/lol-perks/v1/pages", created);
        client.respond("/lol-perks/v1/currentpage", 204, "");
        client.respond("/lol-perks/v1/pages/1928374650", 204, "");
        NewPerkPage page = JSON.readValue(Fixtures.read("lcu", "perks-page-post-body.json"), NewPerkPage.class);

        PerkPage stored = rest.createPage(page);
        rest.setCurrentPage(stored.id());
        rest.deletePage(stored.id());

        RecordedRequest post = client.takeRequest();
        assertEquals("POST", post.getMethod());
        assertEquals(
                JSON.readTree(Fixtures.read("lcu", "perks-page-post-body.json")),
                JSON.readTree(post.getBody().utf8()));
        RecordedRequest put = client.takeRequest();
        assertEquals("PUT", put.getMethod());
        assertEquals(Long.toString(stored.id()), put.getBody().utf8());
        RecordedRequest delete = client.takeRequest();
        assertEquals("DELETE", delete.getMethod());
        assertEquals("/lol-perks/v1/pages/" + stored.id(), delete.getUrl().encodedPath());
    }

    @Test
    void perkPagesListIsRead() throws Exception {
        client.json("/lol-perks/v1/pages", Fixtures.read("lcu", "perks-pages.json"));

        List<PerkPage> pages = rest.perkPages();

        assertEquals(
                List.of(1928374650L, 1928374651L, 50L),
                pages.stream().map(PerkPage::id).toList());
    }

    @Test
    void anErrorAnswerSaysWhatWasAttemptedWithoutTheToken() {
        client.respond(
                "/lol-perks/v1/inventory",
                500,
                "{\"errorCode\":\"RPC_ERROR\",\"httpStatus\":500,\"message\":\"perks service down\"}");

        LcuException e = assertThrows(LcuException.class, rest::perkInventory);

        assertEquals(500, e.httpStatus());
        assertEquals("RPC_ERROR", e.error().errorCode());
        assertTrue(
                e.getMessage().contains("read the rune page inventory (GET /lol-perks/v1/inventory)"), e.getMessage());
        assertTrue(e.getMessage().contains("perks service down"), e.getMessage());
        assertFalse(e.getMessage().contains(client.token()));
        assertFalse(e.clientUnreachable());
    }

    @Test
    void aWrongTokenIsTreatedAsARestartedClient() {
        LcuException e = assertThrows(
                LcuException.class, () -> restFor(client.port(), "oldToken").gameflowPhase());

        assertEquals(401, e.httpStatus());
        assertTrue(e.clientUnreachable());
        assertFalse(e.getMessage().contains("oldToken"));
    }

    @Test
    void aRefusedConnectionIsExplained() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        LcuException e = assertThrows(
                LcuException.class, () -> restFor(closedPort, "anyToken").gameflowPhase());

        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertTrue(e.clientUnreachable());
    }

    @Test
    void anUnexpectedBodyIsAClearFailure() {
        client.json("/lol-perks/v1/inventory", "[1, 2]");

        LcuException e = assertThrows(LcuException.class, rest::perkInventory);

        assertTrue(e.getMessage().contains("not the expected PerkInventory"), e.getMessage());
    }
}
