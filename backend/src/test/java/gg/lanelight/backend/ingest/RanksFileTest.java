package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ranks file as spreadsheets save it reads like a plain one. */
class RanksFileTest {
    @TempDir
    Path folder;

    @Test
    void aByteOrderMarkAndWindowsLineEndsDoNotChangeThePuuids() throws Exception {
        Path file = folder.resolve("ranks.csv");
        Files.writeString(file, "\uFEFFp-1,gold II\r\np-2 , Platinum \r\n", StandardCharsets.UTF_8);

        List<PlayerRank> ranks = RanksFile.read(file);

        assertEquals(List.of(new PlayerRank("p-1", "GOLD"), new PlayerRank("p-2", "PLATINUM")), ranks);
    }
}
