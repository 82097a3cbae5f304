-- Games and wins per champion, role and core build (the first 3 completed items), every bracket together.
CREATE TABLE core_item_builds AS
SELECT
    patch,
    queue_id,
    champion_id,
    role,
    core_item_1 AS item_1,
    core_item_2 AS item_2,
    core_item_3 AS item_3,
    CAST(COUNT(*) AS BIGINT) AS games,
    CAST(SUM(win) AS BIGINT) AS wins
FROM base_rows
WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND core_item_1 IS NOT NULL
GROUP BY patch, queue_id, champion_id, role, core_item_1, core_item_2, core_item_3
