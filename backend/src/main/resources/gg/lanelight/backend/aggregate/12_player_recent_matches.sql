-- Each player's 20 most recent games, newest first.
CREATE TABLE player_recent_matches AS
SELECT
    pl.puuid,
    CAST(g.recency AS BIGINT) AS recency,
    m.match_id,
    m.patch,
    g.queue_id,
    g.champion_id,
    g.role,
    g.game_start_ms,
    g.duration_s,
    CASE WHEN g.win = 1 THEN TRUE ELSE FALSE END AS win,
    g.kills,
    g.deaths,
    g.assists,
    g.cs,
    g.placement
FROM player_games g
JOIN players pl ON pl.player_key = g.player_key
JOIN match_rows m ON m.match_key = g.match_key
WHERE g.recency <= 20
