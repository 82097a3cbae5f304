-- Six kinds of build per champion, role and bracket, each with games, wins and its rank two ways: most common, and
-- highest Wilson lower bound among keys with at least 20 games and 1% of the cell (so a one-game build never wins).
CREATE TABLE build_stats AS
WITH choices AS (
    SELECT patch, queue_id, bracket, champion_id, role, 'start_items' AS build_type, start_items AS build_key,
        COUNT(*) AS games, SUM(win) AS wins
    FROM bracket_rows
    WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND start_items IS NOT NULL
    GROUP BY patch, queue_id, bracket, champion_id, role, start_items
    UNION ALL
    SELECT patch, queue_id, bracket, champion_id, role, 'boots', CAST(boots AS STRING), COUNT(*), SUM(win)
    FROM bracket_rows
    WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND boots IS NOT NULL
    GROUP BY patch, queue_id, bracket, champion_id, role, boots
    UNION ALL
    SELECT patch, queue_id, bracket, champion_id, role, 'core_items',
        CONCAT(CAST(core_item_1 AS STRING), ',', CAST(core_item_2 AS STRING), ',', CAST(core_item_3 AS STRING)),
        COUNT(*), SUM(win)
    FROM bracket_rows
    WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND core_item_1 IS NOT NULL
    GROUP BY patch, queue_id, bracket, champion_id, role, core_item_1, core_item_2, core_item_3
    UNION ALL
    SELECT patch, queue_id, bracket, champion_id, role, 'rune_page',
        CONCAT(CAST(primary_style AS STRING), ',', CAST(sub_style AS STRING), ',',
            CAST(perk_1 AS STRING), ',', CAST(perk_2 AS STRING), ',', CAST(perk_3 AS STRING), ',',
            CAST(perk_4 AS STRING), ',', CAST(perk_5 AS STRING), ',', CAST(perk_6 AS STRING), ',',
            CAST(perk_7 AS STRING), ',', CAST(perk_8 AS STRING), ',', CAST(perk_9 AS STRING)),
        COUNT(*), SUM(win)
    FROM bracket_rows
    WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND primary_style IS NOT NULL
    GROUP BY patch, queue_id, bracket, champion_id, role, primary_style, sub_style,
        perk_1, perk_2, perk_3, perk_4, perk_5, perk_6, perk_7, perk_8, perk_9
    UNION ALL
    SELECT patch, queue_id, bracket, champion_id, role, 'spells',
        CONCAT(CAST(spell_1 AS STRING), ',', CAST(spell_2 AS STRING)), COUNT(*), SUM(win)
    FROM bracket_rows
    WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND spell_1 IS NOT NULL
    GROUP BY patch, queue_id, bracket, champion_id, role, spell_1, spell_2
    UNION ALL
    SELECT patch, queue_id, bracket, champion_id, role, 'skill_order', skill_order, COUNT(*), SUM(win)
    FROM bracket_rows
    WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND skill_order IS NOT NULL
    GROUP BY patch, queue_id, bracket, champion_id, role, skill_order
),
rated AS (
    SELECT
        patch,
        queue_id,
        bracket,
        champion_id,
        role,
        build_type,
        build_key,
        CAST(games AS BIGINT) AS games,
        CAST(wins AS BIGINT) AS wins,
        CAST(SUM(games) OVER (PARTITION BY patch, queue_id, bracket, champion_id, role, build_type) AS BIGINT)
            AS cell_games,
        CAST(wins AS DOUBLE) / games AS win_rate
    FROM choices
),
bounded AS (
    SELECT
        rated.*,
        CAST(games AS DOUBLE) / cell_games AS pick_share,
        GREATEST(0.0,
            (win_rate + 1.9208 / games - 1.96 * SQRT(win_rate * (1 - win_rate) / games + 0.9604 / (games * games)))
            / (1 + 3.8416 / games)) AS wilson_lower,
        games >= 20 AND games * 100 >= cell_games AS eligible
    FROM rated
)
SELECT
    patch,
    queue_id,
    bracket AS rank_bracket,
    champion_id,
    role,
    build_type,
    build_key,
    games,
    wins,
    cell_games,
    win_rate,
    pick_share,
    wilson_lower,
    eligible,
    CAST(ROW_NUMBER() OVER (
        PARTITION BY patch, queue_id, bracket, champion_id, role, build_type
        ORDER BY games DESC, wins DESC, build_key) AS BIGINT) AS rank_by_games,
    CASE WHEN eligible THEN CAST(ROW_NUMBER() OVER (
        PARTITION BY patch, queue_id, bracket, champion_id, role, build_type, eligible
        ORDER BY wilson_lower DESC, games DESC, build_key) AS BIGINT) END AS rank_by_win
FROM bounded
