-- The rank bracket of each match: the rounded average tier of its participants with a known tier (player_ranks, from
-- the optional ranks input). Matches without any ranked participant get no row here and become UNRANKED.
CREATE TABLE match_brackets AS
SELECT
    ranked.match_key,
    CASE CAST(ROUND(AVG(ranked.tier_number)) AS INTEGER)
        WHEN 1 THEN 'IRON' WHEN 2 THEN 'BRONZE' WHEN 3 THEN 'SILVER' WHEN 4 THEN 'GOLD' WHEN 5 THEN 'PLATINUM'
        WHEN 6 THEN 'EMERALD' WHEN 7 THEN 'DIAMOND' WHEN 8 THEN 'MASTER' WHEN 9 THEN 'GRANDMASTER'
        ELSE 'CHALLENGER'
    END AS rank_bracket
FROM (
    SELECT
        p.match_key,
        CASE r.tier
            WHEN 'IRON' THEN 1 WHEN 'BRONZE' THEN 2 WHEN 'SILVER' THEN 3 WHEN 'GOLD' THEN 4 WHEN 'PLATINUM' THEN 5
            WHEN 'EMERALD' THEN 6 WHEN 'DIAMOND' THEN 7 WHEN 'MASTER' THEN 8 WHEN 'GRANDMASTER' THEN 9
            WHEN 'CHALLENGER' THEN 10
        END AS tier_number
    FROM participant_rows p
    JOIN player_ranks r ON r.puuid = p.puuid
) ranked
WHERE ranked.tier_number IS NOT NULL
GROUP BY ranked.match_key
