package gg.lanelight.simulator.lcu;

import static gg.lanelight.simulator.TestClient.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.InProcess;
import gg.lanelight.simulator.Json;
import gg.lanelight.simulator.Shapes;
import gg.lanelight.simulator.Simulator;
import gg.lanelight.simulator.TestClient;
import gg.lanelight.simulator.game.DemoGame;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The LCU REST API of a simulator whose scenario has not started (nobody subscribed). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LcuApiTest {

    private static final String OTHER_PUUID = DemoGame.load().participant(1).puuid();

    private Simulator simulator;
    private TestClient client;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        simulator = InProcess.start(folder, "demo", 1.0);
        client = InProcess.client(simulator);
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void restBodiesHaveTheFixtureShapes() throws Exception {
        Shapes.assertSameKeys(
                fixture("lcu/current-summoner.json"), client.lcuJson("/lol-summoner/v1/current-summoner"));
        Shapes.assertSameKeys(
                fixture("lcu/summoner-by-puuid.json"),
                client.lcuJson("/lol-summoner/v2/summoners/puuid/" + OTHER_PUUID));
        Shapes.assertSameKeys(fixture("lcu/ranked-stats.json"), client.lcuJson("/lol-ranked/v1/current-ranked-stats"));
        Shapes.assertSameKeys(
                fixture("lcu/ranked-stats.json"), client.lcuJson("/lol-ranked/v1/ranked-stats/" + OTHER_PUUID));
        Shapes.assertSameKeys(
                fixture("lcu/match-history.json"),
                client.lcuJson("/lol-match-history/v1/products/lol/current-summoner/matches?begIndex=0&endIndex=19"));
        Shapes.assertSameKeys(fixture("lcu/perks-pages.json"), client.lcuJson("/lol-perks/v1/pages"));
        Shapes.assertSameKeys(fixture("lcu/perks-inventory.json"), client.lcuJson("/lol-perks/v1/inventory"));
        Shapes.assertSameKeys(fixture("lcu/region-locale.json"), client.lcuJson("/riotclient/region-locale"));
        Shapes.assertSameKeys(fixture("lcu/gameflow-session.json"), client.lcuJson("/lol-gameflow/v1/session"));
    }

    @Test
    void phaseIsAJsonStringBeforeTheScenarioStarts() throws Exception {
        JsonNode phase = client.lcuJson("/lol-gameflow/v1/gameflow-phase");

        assertTrue(phase.isTextual());
        assertEquals("None", phase.asText());
    }

    @Test
    void champSelectIsNotFoundOutsideChampSelect() throws Exception {
        assertNotFoundInErrorShape(client.lcu("GET", "/lol-champ-select/v1/session", null));
    }

    @Test
    void unknownPathsAndPlayersAreNotFound() throws Exception {
        assertNotFoundInErrorShape(client.lcu("GET", "/lol-nothing/v1/here", null));
        assertNotFoundInErrorShape(client.lcu("GET", "/lol-summoner/v2/summoners/puuid/no-such-player", null));
    }

    @Test
    void requestsWithoutOrWithWrongCredentialsAreRejected() throws Exception {
        String url = "https://127.0.0.1:" + simulator.lcuPort() + "/lol-summoner/v1/current-summoner";

        HttpResponse<String> anonymous = client.get(url, null);
        HttpResponse<String> wrong = client.get(url, TestClient.basic("riot:not-the-token"));

        assertEquals(401, anonymous.statusCode());
        assertEquals(401, wrong.statusCode());
        Shapes.assertSameKeys(fixture("lcu/error-404.json"), Json.MAPPER.readTree(wrong.body()));
    }

    @Test
    void otherPlayersGetAStableRankDerivedFromTheirPuuid() throws Exception {
        String path = "/lol-ranked/v1/ranked-stats/" + OTHER_PUUID;

        JsonNode first = client.lcuJson(path).path("queueMap").path("RANKED_SOLO_5x5");
        JsonNode second = client.lcuJson(path).path("queueMap").path("RANKED_SOLO_5x5");

        assertEquals(first, second);
        assertFalse(first.path("tier").asText().isEmpty());
    }

    @Test
    void historyLacksTheDemoGameBeforeItIsPlayed() throws Exception {
        JsonNode history = client.lcuJson("/lol-match-history/v1/products/lol/current-summoner/matches");
        long demoGameId = DemoGame.load().gameId();

        history.path("games")
                .path("games")
                .forEach(game -> assertTrue(game.path("gameId").asLong() != demoGameId));
    }

    private static void assertNotFoundInErrorShape(HttpResponse<String> response) throws Exception {
        assertEquals(404, response.statusCode());
        JsonNode body = Json.MAPPER.readTree(response.body());
        Shapes.assertSameKeys(fixture("lcu/error-404.json"), body);
        assertEquals(404, body.path("httpStatus").asInt());
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RunePages {

        @Test
        void pagesCanBeAddedUntilTheInventoryIsFull() throws Exception {
            String body = Json.write(fixture("lcu/perks-page-post-body.json"));
            int created = 0;
            while (client.lcuJson("/lol-perks/v1/inventory")
                            .path("canAddCustomPage")
                            .asBoolean()
                    && created < 10) {
                HttpResponse<String> response = client.lcu("POST", "/lol-perks/v1/pages", body);
                assertEquals(200, response.statusCode(), response.body());
                assertTrue(Json.MAPPER.readTree(response.body()).path("current").asBoolean());
                created++;
            }

            HttpResponse<String> refused = client.lcu("POST", "/lol-perks/v1/pages", body);

            assertTrue(created > 0 && created < 10);
            assertEquals(400, refused.statusCode());
            JsonNode newest = client.lcuJson("/lol-perks/v1/pages").get(0);
            assertEquals(
                    204,
                    client.lcu("DELETE", "/lol-perks/v1/pages/" + newest.path("id"), null)
                            .statusCode());
            assertTrue(client.lcuJson("/lol-perks/v1/inventory")
                    .path("canAddCustomPage")
                    .asBoolean());
        }

        @Test
        void presetPagesCanBeNeitherEditedNorDeleted() throws Exception {
            JsonNode preset = preset();
            String path = "/lol-perks/v1/pages/" + preset.path("id");

            assertEquals(
                    400,
                    client.lcu("PUT", path, Json.write(fixture("lcu/perks-page-post-body.json")))
                            .statusCode());
            assertEquals(400, client.lcu("DELETE", path, null).statusCode());
        }

        @Test
        void currentPageCanBeChosen() throws Exception {
            String id = preset().path("id").asText();

            HttpResponse<String> response = client.lcu("PUT", "/lol-perks/v1/currentpage", id);

            assertEquals(204, response.statusCode());
            assertEquals(
                    id, client.lcuJson("/lol-perks/v1/currentpage").path("id").asText());
        }

        private JsonNode preset() throws Exception {
            for (JsonNode page : client.lcuJson("/lol-perks/v1/pages")) {
                if (!page.path("isEditable").asBoolean()) {
                    return page;
                }
            }
            throw new AssertionError("The bundled pages contain no preset page");
        }
    }
}
