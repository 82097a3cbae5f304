-- Games and wins per champion, role and full rune page (2 trees, 4 + 2 runes, 3 shards), every bracket together.
CREATE TABLE rune_pages AS
SELECT
    patch,
    queue_id,
    champion_id,
    role,
    primary_style,
    sub_style,
    perk_1, perk_2, perk_3, perk_4, perk_5, perk_6, perk_7, perk_8, perk_9,
    CAST(COUNT(*) AS BIGINT) AS games,
    CAST(SUM(win) AS BIGINT) AS wins
FROM base_rows
WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND primary_style IS NOT NULL
GROUP BY patch, queue_id, champion_id, role, primary_style, sub_style,
    perk_1, perk_2, perk_3, perk_4, perk_5, perk_6, perk_7, perk_8, perk_9
