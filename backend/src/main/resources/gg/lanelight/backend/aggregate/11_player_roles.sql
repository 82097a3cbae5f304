-- Per player and role (NONE for modes without roles): the role split.
CREATE TABLE player_roles AS
SELECT
    pl.puuid,
    r.role,
    r.games,
    r.wins
FROM (
    SELECT
        player_key,
        role,
        CAST(COUNT(*) AS BIGINT) AS games,
        CAST(SUM(win) AS BIGINT) AS wins
    FROM player_games
    GROUP BY player_key, role
) r
JOIN players pl ON pl.player_key = r.player_key
