-- Per player and champion: games, wins and kill/death/assist totals.
CREATE TABLE player_champions AS
SELECT
    puuid,
    champion_id,
    CAST(COUNT(*) AS BIGINT) AS games,
    CAST(SUM(win) AS BIGINT) AS wins,
    CAST(SUM(kills) AS BIGINT) AS kills,
    CAST(SUM(deaths) AS BIGINT) AS deaths,
    CAST(SUM(assists) AS BIGINT) AS assists
FROM base_rows
GROUP BY puuid, champion_id
