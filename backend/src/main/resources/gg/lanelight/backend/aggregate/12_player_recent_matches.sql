-- Each player's 20 most recent games, newest first.
CREATE TABLE player_recent_matches AS
SELECT
    puuid,
    CAST(recency AS BIGINT) AS recency,
    match_id,
    patch,
    queue_id,
    champion_id,
    role,
    game_start_ms,
    duration_s,
    CASE WHEN win = 1 THEN TRUE ELSE FALSE END AS win,
    kills,
    deaths,
    assists,
    cs,
    placement
FROM player_games
WHERE recency <= 20
