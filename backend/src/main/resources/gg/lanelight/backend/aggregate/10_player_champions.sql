-- Per player and champion: games, wins, kill/death/assist totals, CS and seconds played (CS/min = cs * 60 / seconds).
CREATE TABLE player_champions AS
SELECT
    pl.puuid,
    c.champion_id,
    c.games,
    c.wins,
    c.kills,
    c.deaths,
    c.assists,
    c.cs,
    c.duration_s
FROM (
    SELECT
        player_key,
        champion_id,
        CAST(COUNT(*) AS BIGINT) AS games,
        CAST(SUM(win) AS BIGINT) AS wins,
        CAST(SUM(kills) AS BIGINT) AS kills,
        CAST(SUM(deaths) AS BIGINT) AS deaths,
        CAST(SUM(assists) AS BIGINT) AS assists,
        CAST(SUM(cs) AS BIGINT) AS cs,
        CAST(SUM(duration_s) AS BIGINT) AS duration_s
    FROM player_games
    GROUP BY player_key, champion_id
) c
JOIN players pl ON pl.player_key = c.player_key
