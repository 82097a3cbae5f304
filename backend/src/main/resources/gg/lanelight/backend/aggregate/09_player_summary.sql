-- Per player: totals, the last 20 games, and the current streak (+n: the newest n games all won, -n: all lost).
CREATE TABLE player_summary AS
WITH newest AS (
    SELECT player_key, win AS newest_win FROM player_games WHERE recency = 1
),
streak_breaks AS (
    SELECT g.player_key, MIN(g.recency) AS first_other_result
    FROM player_games g
    JOIN newest n ON n.player_key = g.player_key
    WHERE g.win <> n.newest_win
    GROUP BY g.player_key
),
totals AS (
    SELECT
        player_key,
        CAST(COUNT(*) AS BIGINT) AS games,
        CAST(SUM(win) AS BIGINT) AS wins,
        CAST(SUM(CASE WHEN recency <= 20 THEN 1 ELSE 0 END) AS BIGINT) AS recent_games,
        CAST(SUM(CASE WHEN recency <= 20 THEN win ELSE 0 END) AS BIGINT) AS recent_wins,
        MAX(game_start_ms) AS last_game_start_ms,
        CAST(SUM(kills) AS BIGINT) AS kills,
        CAST(SUM(deaths) AS BIGINT) AS deaths,
        CAST(SUM(assists) AS BIGINT) AS assists,
        CAST(SUM(cs) AS BIGINT) AS cs,
        CAST(SUM(duration_s) AS BIGINT) AS duration_s
    FROM player_games
    GROUP BY player_key
)
SELECT
    pl.puuid,
    t.games,
    t.wins,
    t.recent_games,
    t.recent_wins,
    t.last_game_start_ms,
    CAST((CASE WHEN n.newest_win = 1 THEN 1 ELSE -1 END) * (COALESCE(s.first_other_result, t.games + 1) - 1)
        AS BIGINT) AS current_streak,
    t.kills,
    t.deaths,
    t.assists,
    t.cs,
    t.duration_s
FROM totals t
JOIN newest n ON n.player_key = t.player_key
LEFT JOIN streak_breaks s ON s.player_key = t.player_key
JOIN players pl ON pl.player_key = t.player_key
