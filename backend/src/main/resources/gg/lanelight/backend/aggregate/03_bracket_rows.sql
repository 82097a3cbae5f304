-- Every base row once in the ALL bracket and, when a ranks input exists, once more in its match's own bracket.
CREATE TEMPORARY VIEW bracket_rows AS
SELECT base_rows.*, 'ALL' AS bracket FROM base_rows
UNION ALL
SELECT base_rows.*, base_rows.rank_bracket AS bracket FROM base_rows
WHERE (SELECT COUNT(*) FROM player_ranks) > 0
