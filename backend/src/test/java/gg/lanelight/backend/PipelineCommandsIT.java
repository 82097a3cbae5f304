package gg.lanelight.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.ingest.StagingDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch commands as a process: generate, ingest into a store, then snapshot only what is new, with ranks. */
class PipelineCommandsIT {
    @TempDir
    Path folder;

    @Test
    void aStoreIngestedOnceIsExtendedWithNewFilesAndRankedOnTheNextSnapshot() throws Exception {
        Path matches = folder.resolve("matches");
        Path extra = Files.createDirectories(folder.resolve("extra"));
        Path store = folder.resolve("store/ingest.duckdb");
        Files.copy(TestData.fixtureMatchFile(), extra.resolve("fixture.json"));
        Files.writeString(extra.resolve("bad.json"), "not json at all\n");
        Path ranks = Files.write(folder.resolve("ranks.csv"), fixtureRanks("GOLD"));

        assertEquals(0, run("generate", "--matches=300", "--seed=5", "--out=" + matches, "--progress=off"));
        assertEquals(0, run("ingest", "--input=" + matches, "--store=" + store));
        String ingestLog = log("ingest");
        assertTrue(ingestLog.contains("Ingested 2 files (0 already in the store, not read)"), ingestLog);

        int exit = run(
                "snapshot",
                "--input=" + matches + "," + extra,
                "--store=" + store,
                "--ranks=" + ranks,
                "--out=" + folder.resolve("snapshots"),
                "--progress=on");
        String snapshotLog = log("snapshot");
        assertEquals(0, exit, snapshotLog);
        assertTrue(snapshotLog.contains("Ingested 2 files (2 already in the store, not read)"), snapshotLog);
        assertTrue(snapshotLog.contains("skipped not-json"), snapshotLog);
        assertTrue(snapshotLog.contains("bad.json line 1"), snapshotLog);
        assertTrue(snapshotLog.contains("champion_stats"), snapshotLog);

        List<List<Object>> kaisa = TestData.query(
                "SELECT rank_bracket, games FROM read_parquet(?) WHERE champion_id = 145 AND role = 'BOTTOM'"
                        + " AND queue_id = 420 AND rank_bracket = 'GOLD'",
                TestData.parquet(folder.resolve("snapshots"), "champion_stats"));
        assertEquals(List.of(List.of("GOLD", 1L)), kaisa, "only the fixture game has ranked players");
    }

    @Test
    void aggregateRefusesInputFilesWithTheUsage() throws Exception {
        assertEquals(2, run("aggregate", "--store=" + folder.resolve("s.duckdb"), "--input=x", "--out=y"));
        assertTrue(log("aggregate").contains("'aggregate' reads only the store"), log("aggregate"));
    }

    @Test
    void aggregateOfAStoreThatDoesNotExistPublishesNothing() throws Exception {
        Path store = folder.resolve("typo.duckdb");
        Path snapshots = folder.resolve("snapshots");

        assertEquals(1, run("aggregate", "--store=" + store, "--out=" + snapshots));

        assertTrue(log("aggregate").contains("the store does not exist"), log("aggregate"));
        assertTrue(Files.notExists(store), "no empty store is created");
        assertTrue(Files.notExists(snapshots), "no empty snapshot is published");
    }

    @Test
    void anOutputThatIsAFileIsNamedAsSuch() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("snapshots.txt"), "notes");

        Path input = Files.copy(TestData.fixtureMatchFile(), folder.resolve("fixture.json"));

        assertEquals(1, run("snapshot", "--input=" + input, "--out=" + notAFolder));

        assertTrue(log("snapshot").contains("--out is a file, not a folder"), log("snapshot"));
    }

    @Test
    void aStoreOpenInAnotherProcessIsRefusedWithWhatToDo() throws Exception {
        Path store = folder.resolve("busy.duckdb");
        Path input = Files.copy(TestData.fixtureMatchFile(), folder.resolve("fixture.json"));

        try (StagingDatabase holder = StagingDatabase.open(store, null)) {
            assertEquals(1, run("ingest", "--input=" + input, "--store=" + store));
        }

        String ingestLog = log("ingest");
        assertTrue(ingestLog.contains("is open in another process"), ingestLog);
        assertTrue(ingestLog.contains("another --store file"), ingestLog);
        assertEquals(0, run("ingest", "--input=" + input, "--store=" + store), "free again once the holder closed");
    }

    @Test
    void aLineLargerThanTheHeapStopsTheRunWithWhatToDoInsteadOfHanging() throws Exception {
        String match = TestData.MAPPER.writeValueAsString(TestData.fixtureMatch());
        String huge = match.replaceFirst("\\{", "{\"pad\":\"" + "x".repeat(48 << 20) + "\",");
        Path input = Files.writeString(folder.resolve("huge.json"), match + "\n" + huge + "\n");
        List<String> command = new ArrayList<>(
                BackendMainIT.command(List.of("ingest", "--input=" + input, "--store=" + folder.resolve("s.duckdb")))
                        .command());
        command.add(1, "-Xmx64m");

        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("ingest.log").toFile())
                .start();

        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ingest did not finish: " + log("ingest"));
        } finally {
            process.destroyForcibly();
        }
        assertEquals(1, process.exitValue(), log("ingest"));
        assertTrue(log("ingest").contains("raise -Xmx on the java command or split the file"), log("ingest"));
    }

    private static List<String> fixtureRanks(String tier) throws Exception {
        List<String> lines = new ArrayList<>(List.of("puuid,tier"));
        for (JsonNode participant : TestData.fixtureMatch().path("info").path("participants")) {
            lines.add(participant.path("puuid").asText() + "," + tier);
        }
        return lines;
    }

    private int run(String... arguments) throws Exception {
        Process process = BackendMainIT.command(List.of(arguments))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(arguments[0] + ".log").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), List.of(arguments) + " did not finish");
        return process.exitValue();
    }

    private String log(String command) throws Exception {
        return Files.readString(folder.resolve(command + ".log"));
    }
}
