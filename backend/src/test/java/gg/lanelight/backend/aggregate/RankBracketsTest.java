package gg.lanelight.backend.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.FixtureVariants;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.ingest.RanksFile;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotBuild;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ranks input puts each match in the bracket of its players' average tier, besides ALL. */
class RankBracketsTest {
    @TempDir
    Path folder;

    @Test
    void aMatchOfSixGoldAndFourPlatinumPlayersIsGoldAndAnUnrankedMatchIsUnranked() throws Exception {
        JsonNode fixture = TestData.fixtureMatch();
        List<String> ranks = new ArrayList<>(List.of("puuid,tier", "# from league-v4", "someone-else,WOOD"));
        for (int participantId = 1; participantId <= 10; participantId++) {
            String puuid = FixtureVariants.participant(fixture, participantId)
                    .path("puuid")
                    .asText();
            ranks.add(puuid + (participantId <= 6 ? ",GOLD" : ", platinum II"));
        }
        Path ranksFile = Files.write(folder.resolve("ranks.csv"), ranks);
        JsonNode unranked = FixtureVariants.copy(fixture, "KR_2", 1);
        for (int participantId = 1; participantId <= 10; participantId++) {
            FixtureVariants.participant(unranked, participantId).put("puuid", "UNRANKED-PUUID-" + participantId);
        }
        Path input = FixtureVariants.writeLines(folder.resolve("matches.json"), List.of(fixture, unranked));

        Manifest manifest;
        try (SnapshotBuild build = SnapshotBuild.start(null, ItemCatalog.bundled(), TestData.MAPPER)) {
            build.useRanks(RanksFile.read(ranksFile));
            build.ingester().ingestPaths(List.of(input));
            manifest = build.publish(new SnapshotStore(folder.resolve("snapshots")), 1, Clock.systemUTC());
        }

        assertEquals(10L, manifest.input().get("rankedPlayers"));
        List<List<Object>> kaisa = TestData.query(
                "SELECT rank_bracket, games, matches FROM read_parquet(?) WHERE champion_id = 145"
                        + " ORDER BY rank_bracket",
                TestData.parquet(folder.resolve("snapshots"), "champion_stats"));
        assertEquals(List.of(List.of("ALL", 2L, 2L), List.of("GOLD", 1L, 1L), List.of("UNRANKED", 1L, 1L)), kaisa);
    }
}
