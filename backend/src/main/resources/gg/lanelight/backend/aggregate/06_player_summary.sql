-- Per player: all games and wins, and the same over the player's 20 most recent games (newest start first).
-- Known limitation: a player's totals mix every queue and patch in the snapshot; the API cannot filter them yet.
CREATE TABLE player_summary AS
WITH ranked AS (
    SELECT
        puuid,
        win,
        game_start_ms,
        ROW_NUMBER() OVER (PARTITION BY puuid ORDER BY game_start_ms DESC, match_id DESC) AS recency
    FROM base_rows
)
SELECT
    puuid,
    CAST(COUNT(*) AS BIGINT) AS games,
    CAST(SUM(win) AS BIGINT) AS wins,
    CAST(SUM(CASE WHEN recency <= 20 THEN 1 ELSE 0 END) AS BIGINT) AS recent_games,
    CAST(SUM(CASE WHEN recency <= 20 THEN win ELSE 0 END) AS BIGINT) AS recent_wins,
    MAX(game_start_ms) AS last_game_start_ms
FROM ranked
GROUP BY puuid
