-- Per player and role (NONE for modes without roles): the role split.
CREATE TABLE player_roles AS
SELECT
    puuid,
    role,
    CAST(COUNT(*) AS BIGINT) AS games,
    CAST(SUM(win) AS BIGINT) AS wins
FROM player_games
GROUP BY puuid, role
