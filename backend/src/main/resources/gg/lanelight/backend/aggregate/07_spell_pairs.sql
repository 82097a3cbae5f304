-- Games and wins per champion, role and summoner-spell pair (already sorted at ingest), every bracket together.
CREATE TABLE spell_pairs AS
SELECT
    patch,
    queue_id,
    champion_id,
    role,
    spell_1,
    spell_2,
    CAST(COUNT(*) AS BIGINT) AS games,
    CAST(SUM(win) AS BIGINT) AS wins
FROM base_rows
WHERE role IN ('TOP', 'JUNGLE', 'MIDDLE', 'BOTTOM', 'UTILITY') AND spell_1 IS NOT NULL
GROUP BY patch, queue_id, champion_id, role, spell_1, spell_2
