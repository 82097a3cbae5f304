package gg.lanelight.app.overlay;

import java.util.List;

/**
 * What the in-game overlay shows, exactly as displayed (strings, never null). Serialized as-is into trace.json; the
 * field names are part of the contract in docs/overlays.md.
 *
 * @param gameTime game clock as "m:ss"
 * @param objectives dragon, baron and herald, in that order
 * @param lanes one row per position where at least one side has a player, in order TOP, JUNGLE, MIDDLE, BOTTOM,
 *     UTILITY
 * @param scoreboard the local player's team first, then the enemies, each in position order
 * @param notice one line for the player, "" when all is well
 */
public record InGameView(
        String gameTime,
        List<ObjectiveTimer> objectives,
        List<LaneRow> lanes,
        List<ScoreRow> scoreboard,
        String notice) {

    public InGameView {
        objectives = List.copyOf(objectives);
        lanes = List.copyOf(lanes);
        scoreboard = List.copyOf(scoreboard);
    }

    /**
     * One objective.
     *
     * @param objective "Dragon" (or "Elder" once a soul is taken), "Baron", "Herald"
     * @param status "up", a countdown "m:ss" to its spawn, or "gone"
     */
    public record ObjectiveTimer(String objective, String status) {}

    /**
     * One lane: the local team's player against the enemy with the same position.
     *
     * @param role TOP, JUNGLE, MIDDLE, BOTTOM or UTILITY
     * @param allyChampion champion name, or "–" when that side has nobody in the role
     * @param enemyChampion champion name, or "–"
     * @param allyGold the value of the ally's items (Σ price × count as the game reports them), e.g. "3,250"
     * @param enemyGold the same for the enemy
     * @param goldDifference ally minus enemy, signed, e.g. "+450" or "-300"
     * @param allyCs creep score
     * @param enemyCs creep score
     */
    public record LaneRow(
            String role,
            String allyChampion,
            String enemyChampion,
            String allyGold,
            String enemyGold,
            String goldDifference,
            String allyCs,
            String enemyCs) {}

    /**
     * One player on the compact scoreboard.
     *
     * @param ally true for the local player's team
     * @param you true for the local player
     * @param champion champion name
     * @param kda kills/deaths/assists, e.g. "5/2/7"
     * @param cs creep score
     * @param level champion level
     * @param rank solo/duo rank when the player's puuid is known from the gameflow session, "Unranked", "…" while
     *     asked, or "" when the puuid is unknown (bots, spectating, no session)
     */
    public record ScoreRow(
            boolean ally, boolean you, String champion, String kda, String cs, String level, String rank) {}
}
