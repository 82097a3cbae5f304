-- Each player's games numbered from the newest (recency 1). Rows without a puuid belong to no player.
-- Known limitation: a player's numbers mix every queue and patch in the snapshot; the API cannot filter them yet.
CREATE TABLE player_games AS
SELECT
    puuid,
    match_id,
    patch,
    queue_id,
    champion_id,
    role_or_none AS role,
    game_start_ms,
    duration_s,
    win,
    kills,
    deaths,
    assists,
    cs,
    placement,
    ROW_NUMBER() OVER (PARTITION BY puuid ORDER BY game_start_ms DESC, match_id DESC) AS recency
FROM base_rows
WHERE puuid <> ''
