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
        Path store = folder.resolve("layout-1.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
                Statement statement = connection.createStatement()) {
            // The participant table of layout 1 (main before keys and arrays), with a row in it.
            statement.execute("CREATE TABLE participant_rows (match_id VARCHAR NOT NULL, participant_id INTEGER"
                    + " NOT NULL, puuid VARCHAR NOT NULL, champion_id INTEGER NOT NULL)");
            statement.execute("INSERT INTO participant_rows VALUES ('KR_1', 1, 'p1', 145)");
        }
        byte[] before = Files.readAllBytes(store);

        SQLException refused = assertThrows(SQLException.class, () -> StagingDatabase.open(store, null));

        assertTrue(refused.getMessage().contains("older Lanelight (layout 1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ingest the matches again"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(store), "the old store is not touched");
    }

    @Test
    void aStoreOfTheLayoutBeforeRoleCodesIsRefusedAndLeftAsItWas() throws Exception {
        Path store = folder.resolve("layout-2.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE store_layout (layout INTEGER NOT NULL)");
            statement.execute("INSERT INTO store_layout VALUES (2)");
            statement.execute("CREATE TABLE participant_store (match_key BIGINT NOT NULL, player_key BIGINT,"
                    + " role VARCHAR NOT NULL, numbers INTEGER[27] NOT NULL)");
        }
        byte[] before = Files.readAllBytes(store);

        SQLException refused = assertThrows(SQLException.class, () -> StagingDatabase.open(store, null));

        assertTrue(
                refused.getMessage().contains("is of layout 2 and this version reads layout " + StagingDatabase.LAYOUT),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("ingest the matches again"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(store), "the old store is not touched");
    }

    @Test
    void aDuckDbDatabaseThatIsNoStoreIsRefusedAndLeftAsItWas() throws Exception {
        Path other = folder.resolve("other.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE match_rows (x INTEGER)");
        }
        byte[] before = Files.readAllBytes(other);

        SQLException refused = assertThrows(SQLException.class, () -> StagingDatabase.open(other, null));

        assertTrue(refused.getMessage().contains("no Lanelight store"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(other), "the database is not touched");
    }

    @Test
    void aLayoutThatIsNoNumberIsNamedAndTheStoreLeftAsItWas() throws Exception {
        Path store = folder.resolve("odd-layout.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE store_layout (layout VARCHAR)");
            statement.execute("INSERT INTO store_layout VALUES ('three')");
        }
        byte[] before = Files.readAllBytes(store);

        SQLException refused = assertThrows(SQLException.class, () -> StagingDatabase.open(store, null));

        assertTrue(refused.getMessage().contains("is of layout three"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(store), "the store is not touched");
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
}
