-- Each player's games numbered from the newest (recency 1). Rows without a puuid belong to no player. Players are
-- told apart by their 64-bit key (one per puuid in the store) and puuids, match ids and patches are looked up only
-- for the rows the snapshot keeps: sorting and grouping ten million rows on 78-character puuids cost several times more.
-- Known limitation: a player's numbers mix every queue and patch in the snapshot; the API cannot filter them yet.
CREATE TABLE player_games AS
SELECT
    player_key,
    match_key,
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
    ROW_NUMBER() OVER (PARTITION BY player_key ORDER BY game_start_ms DESC, match_id DESC) AS recency
FROM base_rows
WHERE player_key IS NOT NULL
