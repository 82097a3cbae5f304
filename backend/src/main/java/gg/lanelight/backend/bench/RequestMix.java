package gg.lanelight.backend.bench;

import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import gg.lanelight.backend.snapshot.SnapshotTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's request paths, drawn from a snapshot: per 10 requests 3 builds, 2 champion pages, 1 tier list,
 * 1 matchup, 2 player summaries (lobby cards) and 1 page of recent matches, over every champion-role cell and
 * matchup of the newest patch in ranked solo queue and the most active players. Only paths without a query string, so nginx can serve the same responses as plain files.
 */
final class RequestMix {
    private static final int PLAYERS = 2_000;
    private static final int MIX_SIZE = 10_000;

    private RequestMix() {}

    static List<String> of(PublishedSnapshot snapshot, long seed) throws SQLException {
        List<String> builds = new ArrayList<>();
        List<String> champions = new ArrayList<>();
        List<String> players = new ArrayList<>();
        List<String> matchups = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            String cells = "SELECT champion_id, role FROM read_parquet(?) WHERE queue_id = 420 AND patch ="
                    + " (SELECT max_by(patch, games) FROM read_parquet(?)) ORDER BY champion_id, role";
            String file = snapshot.file(SnapshotTable.CHAMPION_ROLE_STATS).toString();
            for (List<String> row : rows(db, cells, file, file)) {
                builds.add("/v1/builds/" + row.get(0) + "/" + row.get(1));
                String champion = "/v1/champions/" + row.get(0);
                if (!champions.contains(champion)) {
                    champions.add(champion);
                }
            }
            String pairs = "SELECT champion_id, role, opponent_champion_id FROM read_parquet(?) WHERE queue_id = 420"
                    + " AND rank_bracket = 'ALL' AND patch = (SELECT max_by(patch, games) FROM read_parquet(?))"
                    + " ORDER BY champion_id, role, opponent_champion_id";
            String matchupFile = snapshot.file(SnapshotTable.MATCHUPS).toString();
            for (List<String> row : rows(db, pairs, matchupFile, file)) {
                matchups.add("/v1/matchups/" + row.get(0) + "/" + row.get(1) + "/" + row.get(2));
            }
            String active = "SELECT puuid FROM read_parquet(?) ORDER BY games DESC, puuid LIMIT " + PLAYERS;
            for (List<String> row :
                    rows(db, active, snapshot.file(SnapshotTable.PLAYER_SUMMARY).toString())) {
                players.add("/v1/players/" + row.get(0));
            }
        }
        return mix(List.of(builds, champions, matchups, players), new Random(seed));
    }

    private static List<String> mix(List<List<String>> keys, Random random) {
        List<String> builds = keys.get(0);
        List<String> champions = keys.get(1);
        List<String> matchups = keys.get(2);
        List<String> players = keys.get(3);
        List<String> mix = new ArrayList<>(MIX_SIZE);
        for (int request = 0; request < MIX_SIZE; request++) {
            int kind = request % 10;
            if (kind < 3) {
                mix.add(builds.get(random.nextInt(builds.size())));
            } else if (kind < 5) {
                mix.add(champions.get(random.nextInt(champions.size())));
            } else if (kind == 5) {
                mix.add("/v1/tierlist");
            } else if (kind == 6) {
                mix.add(matchups.get(random.nextInt(matchups.size())));
            } else if (kind < 9) {
                mix.add(players.get(random.nextInt(players.size())));
            } else {
                mix.add(players.get(random.nextInt(players.size())) + "/matches");
            }
        }
        Collections.shuffle(mix, random);
        return mix;
    }

    private static List<List<String>> rows(Connection db, String sql, String... files) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int index = 0; index < files.length; index++) {
                statement.setString(index + 1, files[index]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
