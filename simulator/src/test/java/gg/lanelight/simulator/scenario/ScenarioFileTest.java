package gg.lanelight.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.InProcess;
import gg.lanelight.simulator.Simulator;
import gg.lanelight.simulator.TestClient;
import gg.lanelight.simulator.game.LocalSummoner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {

    private final LocalSummoner summoner = LocalSummoner.from(TestClient.fixture("lcu/current-summoner.json"));

    @Test
    void handWrittenChampSelectStepsIncludingATradeApply(@TempDir Path folder) throws Exception {
        try (Simulator simulator =
                InProcess.start(folder, InProcess.scenario("draft-swap.scenario.json"), 50, "--start=immediately")) {
            assertTrue(simulator.finished().await(10, TimeUnit.SECONDS));

            JsonNode session = InProcess.client(simulator).lcuJson("/lol-champ-select/v1/session");
            JsonNode myTeam = session.path("myTeam");
            assertEquals(50, myTeam.get(3).path("championId").asInt());
            assertEquals(145, myTeam.get(4).path("championId").asInt());
            assertEquals(114, myTeam.get(0).path("championPickIntent").asInt());
            assertEquals("FINALIZATION", session.path("timer").path("phase").asText());
            assertEquals(
                    35, session.path("actions").get(0).get(0).path("championId").asInt());
        }
    }

    @Test
    void demoExpandsIntoTenBansAndTenPicks() {
        Scenario demo = ScenarioLoader.load(ScenarioLoader.DEMO, summoner);

        long bans = demo.steps().stream().filter(s -> s.kind() == Step.Kind.BAN).count();
        long picks =
                demo.steps().stream().filter(s -> s.kind() == Step.Kind.PICK).count();

        assertEquals(10, bans);
        assertEquals(10, picks);
        assertTrue(demo.steps().stream().noneMatch(s -> s.kind() == Step.Kind.DRAFT_FROM_MATCH));
    }

    @Test
    void missingFileIsReportedWithWhatToDo(@TempDir Path folder) {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> ScenarioLoader.load(folder.resolve("nope.json").toString(), summoner));

        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertTrue(error.getMessage().contains("--scenario=demo"), error.getMessage());
    }

    @Test
    void malformedJsonAndUnknownStepsNameTheFile(@TempDir Path folder) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"steps\": [");
        Path unknown = Files.writeString(folder.resolve("unknown.json"), "{\"steps\": [{\"after\": 1, \"dance\": 1}]}");

        String brokenMessage =
                assertThrows(IllegalArgumentException.class, () -> load(broken)).getMessage();
        String unknownMessage = assertThrows(IllegalArgumentException.class, () -> load(unknown))
                .getMessage();

        assertTrue(brokenMessage.contains(broken.toString()), brokenMessage);
        assertTrue(unknownMessage.contains("step 0"), unknownMessage);
    }

    @Test
    void stepsThatWouldFailWhileRunningAreRejectedAtLoadTime(@TempDir Path folder) throws Exception {
        Path noSuchCell = Files.writeString(
                folder.resolve("cell.json"),
                "{\"steps\": [{\"phase\": \"ChampSelect\"}, {\"timer\": {\"phase\": \"BAN_PICK\", \"seconds\": 30}},"
                        + " {\"pick\": {\"cellId\": 42, \"championId\": 145}}]}");
        Path pickBeforeItsTurn = Files.writeString(
                folder.resolve("turn.json"),
                "{\"steps\": [{\"phase\": \"ChampSelect\"}, {\"pick\": {\"cellId\": 4, \"championId\": 145}},"
                        + " {\"pick\": {\"cellId\": 4, \"championId\": 50}}]}");
        Path playBeforeTheGame = Files.writeString(
                folder.resolve("play.json"), "{\"steps\": [{\"phase\": \"GameStart\"}, {\"playGame\": true}]}");

        String cellMessage = assertThrows(IllegalArgumentException.class, () -> load(noSuchCell))
                .getMessage();
        String turnMessage = assertThrows(IllegalArgumentException.class, () -> load(pickBeforeItsTurn))
                .getMessage();
        String playMessage = assertThrows(IllegalArgumentException.class, () -> load(playBeforeTheGame))
                .getMessage();

        assertTrue(
                cellMessage.contains(noSuchCell.toString()) && cellMessage.contains("Cell 42 has no open pick action"),
                cellMessage);
        assertTrue(turnMessage.contains("Cell 4 has no open pick action"), turnMessage);
        assertTrue(playMessage.contains("playGame needs a running game"), playMessage);
    }

    @Test
    void unknownPhaseNamesAreAcceptedBecausePhasesAreAnOpenSet(@TempDir Path folder) throws Exception {
        Path future = Files.writeString(
                folder.resolve("future.json"), "{\"steps\": [{\"phase\": \"SomePhaseOfAFutureClient\"}]}");

        Scenario scenario = load(future);

        assertEquals(
                "SomePhaseOfAFutureClient", scenario.steps().get(0).argument().asText());
    }

    private Scenario load(Path file) {
        return ScenarioLoader.load(file.toString(), summoner);
    }
}
