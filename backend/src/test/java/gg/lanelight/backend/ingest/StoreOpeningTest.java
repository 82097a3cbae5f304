package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.lanelight.backend.TestData;
import gg.lanelight.backend.ddragon.ItemCatalog;
import gg.lanelight.backend.snapshot.SnapshotBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store that cannot be used says why and what to do, and changes nothing in it. */
class StoreOpeningTest {
    @TempDir
    Path folder;

    @Test
    void aStoreOfTheFormerLayoutIsRefusedAndLeftAsItWas() throws Exception {
        // The participant table of layout 1 (main before keys and arrays), with a row in it.
        SQLException refused = refusedUntouched(
                "CREATE TABLE participant_rows (match_id VARCHAR NOT NULL, participant_id INTEGER NOT NULL, puuid"
                        + " VARCHAR NOT NULL, champion_id INTEGER NOT NULL)",
                "INSERT INTO participant_rows VALUES ('KR_1', 1, 'p1', 145)");

        assertTrue(refused.getMessage().contains("older Lanelight (layout 1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ingest the matches again"), refused.getMessage());
    }

    @Test
    void aStoreOfTheLayoutBeforeRoleCodesIsRefusedAndLeftAsItWas() throws Exception {
        SQLException refused = refusedUntouched(
                "CREATE TABLE store_layout (layout INTEGER NOT NULL)",
                "INSERT INTO store_layout VALUES (2)",
                "CREATE TABLE participant_store (match_key BIGINT NOT NULL, player_key BIGINT, role VARCHAR NOT NULL,"
                        + " numbers INTEGER[27] NOT NULL)");

        assertTrue(
                refused.getMessage().contains("is of layout 2 and this version reads layout " + StagingDatabase.LAYOUT),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("ingest the matches again"), refused.getMessage());
    }

    @Test
    void aDuckDbDatabaseThatIsNoStoreIsRefusedAndLeftAsItWas() throws Exception {
        SQLException refused = refusedUntouched("CREATE TABLE match_rows (x INTEGER)");

        assertTrue(refused.getMessage().contains("no Lanelight store"), refused.getMessage());
    }

    @Test
    void aLayoutThatIsNoNumberIsNamedAndTheStoreLeftAsItWas() throws Exception {
        SQLException refused = refusedUntouched(
                "CREATE TABLE store_layout (layout VARCHAR)", "INSERT INTO store_layout VALUES ('three')");

        assertTrue(refused.getMessage().contains("is of layout three"), refused.getMessage());
    }

    @Test
    void aFileThatIsNoDuckDbDatabaseIsNamedAndLeftAsItWas() throws Exception {
        Path text = folder.resolve("notes.duckdb");
        Files.writeString(text, "not a database\n");

        SQLException refused = assertThrows(SQLException.class, () -> StagingDatabase.open(text, null));

        assertTrue(refused.getMessage().contains("is not a DuckDB database"), refused.getMessage());
        assertEquals("not a database\n", Files.readString(text));
    }

    @Test
    void aMemoryLimitDuckDbCannotReadNamesTheOptionAndAnExample() {
        SQLException refused =
                assertThrows(SQLException.class, () -> StagingDatabase.open(folder.resolve("store.duckdb"), "lots"));

        assertTrue(refused.getMessage().startsWith("--duckdb-memory=lots is not a size"), refused.getMessage());
        assertTrue(refused.getMessage().contains("2GB"), refused.getMessage());
    }

    @Test
    void aSnapshotWithoutAStoreAlsoTakesTheMemoryLimit() {
        SQLException refused = assertThrows(
                SQLException.class, () -> SnapshotBuild.start("lots", ItemCatalog.bundled(), TestData.MAPPER));

        assertTrue(refused.getMessage().startsWith("--duckdb-memory=lots"), refused.getMessage());
    }

    /** Creates a database from {@code statements}, opens it as a store, checks it was left untouched, returns why not. */
    private SQLException refusedUntouched(String... statements) throws Exception {
        Path store = folder.resolve("database.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        byte[] before = Files.readAllBytes(store);

        SQLException refused = assertThrows(SQLException.class, () -> StagingDatabase.open(store, null));

        assertArrayEquals(before, Files.readAllBytes(store), "the database is not touched");
        return refused;
    }
}
