-- Games and wins per champion and role, every bracket together. Sums, not averages, so partial aggregates merge.
CREATE TABLE champion_role_stats AS
SELECT
    patch,
    queue_id,
    champion_id,
    role,
    CAST(COUNT(*) AS BIGINT) AS games,
    CAST(SUM(win) AS BIGINT) AS wins,
    CAST(SUM(kills) AS BIGINT) AS kills,
    CAST(SUM(deaths) AS BIGINT) AS deaths,
    CAST(SUM(assists) AS BIGINT) AS assists
FROM base_rows
WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY')
GROUP BY patch, queue_id, champion_id, role
