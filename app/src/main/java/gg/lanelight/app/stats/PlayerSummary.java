package gg.lanelight.app.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /v1/players/{puuid}}: a player's record. "Recent" is their last 20 games. {@code champions} is sorted by
 * games, most played first, and never null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlayerSummary(
        String snapshotId,
        String puuid,
        int games,
        int wins,
        double winRate,
        int recentGames,
        int recentWins,
        double recentWinRate,
        List<ChampionRecord> champions) {

    public PlayerSummary {
        champions = champions == null ? List.of() : List.copyOf(champions);
    }

    /** The player's record on one champion, or empty if they have not played it. */
    public Optional<ChampionRecord> champion(int championId) {
        return champions.stream().filter(c -> c.championId() == championId).findFirst();
    }
}
