-- Each player against the enemy of the same role in the same match: games, wins and gold difference at 15 minutes.
CREATE TABLE matchups AS
WITH pairs AS (
    SELECT
        own.patch,
        own.queue_id,
        own.bracket,
        own.role,
        own.champion_id,
        enemy.champion_id AS opponent_champion_id,
        CAST(COUNT(*) AS BIGINT) AS games,
        CAST(SUM(own.win) AS BIGINT) AS wins,
        CAST(SUM(CASE WHEN own.gold_15 IS NOT NULL AND enemy.gold_15 IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT)
            AS gold_diff_15_games,
        CAST(SUM(CASE WHEN own.gold_15 IS NOT NULL AND enemy.gold_15 IS NOT NULL
            THEN own.gold_15 - enemy.gold_15 ELSE 0 END) AS BIGINT) AS gold_diff_15_sum
    FROM bracket_rows own
    JOIN bracket_rows enemy
        ON enemy.match_key = own.match_key
        AND enemy.bracket = own.bracket
        AND enemy.role = own.role
        AND enemy.team_id <> own.team_id
    WHERE own.role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY')
    GROUP BY own.patch, own.queue_id, own.bracket, own.role, own.champion_id, enemy.champion_id
)
SELECT
    patch,
    queue_id,
    bracket AS rank_bracket,
    role,
    champion_id,
    opponent_champion_id,
    games,
    wins,
    CAST(wins AS DOUBLE) / games AS win_rate,
    gold_diff_15_games,
    gold_diff_15_sum,
    CASE WHEN gold_diff_15_games = 0 THEN NULL
        ELSE CAST(gold_diff_15_sum AS DOUBLE) / gold_diff_15_games END AS gold_diff_15
FROM pairs
