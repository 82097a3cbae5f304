package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles go into the store as codes when they are Riot's usual ones and as text otherwise; SQL reads them back alike. */
class ParticipantRolesTest {
    @TempDir
    Path folder;

    @Test
    void everyRoleReadsBackAsItWasGiven() throws Exception {
        List<String> roles =
                List.of("TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY", "", "Invalid", "top", "NONE", " TOP");
        List<ParticipantRow> participants = new ArrayList<>();
        for (int index = 0; index < roles.size(); index++) {
            participants.add(new ParticipantRow(
                    index + 1,
                    "puuid-" + index,
                    index < 5 ? 100 : 200,
                    10 + index,
                    roles.get(index),
                    index < 5,
                    false,
                    1,
                    2,
                    3,
                    100,
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(4, 14)));
        }
        ParsedMatch match =
                new ParsedMatch("KR_1", "14.7", 420, 1_712_161_619_935L, 1739, false, List.of(), participants);

        List<String> stored = new ArrayList<>();
        List<Long> asText = new ArrayList<>();
        try (StagingDatabase store = StagingDatabase.create(folder.resolve("store.duckdb"))) {
            store.append(match);
            Connection connection = store.finishIngest();
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery("SELECT role FROM participant_rows ORDER BY participant_id")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery("SELECT COUNT(*) FROM participant_store WHERE role IS NOT NULL")) {
                rows.next();
                asText.add(rows.getLong(1));
            }
        }

        assertEquals(roles, stored);
        assertEquals(List.of(4L), asText, "only the four unusual roles are stored as text");
    }
}
