-- The tier list: per patch, queue, rank bracket, role (NONE in ARAM and Arena) and champion. Rates and the tier are
-- derived from the sums in the same row; the formulas are in docs/tiers.md and docs/snapshot-format.md.
-- Known limitation: a champion banned but never played in a slice has no row here, so its ban rate is not shown.
CREATE TABLE champion_stats AS
WITH slice_matches AS (
    SELECT patch, queue_id, bracket, match_key FROM bracket_rows GROUP BY patch, queue_id, bracket, match_key
),
slices AS (
    SELECT patch, queue_id, bracket, CAST(COUNT(*) AS BIGINT) AS matches
    FROM slice_matches
    GROUP BY patch, queue_id, bracket
),
slice_bans AS (
    SELECT s.patch, s.queue_id, s.bracket, b.champion_id, CAST(COUNT(*) AS BIGINT) AS bans
    FROM slice_matches s
    JOIN match_bans b ON b.match_key = s.match_key
    GROUP BY s.patch, s.queue_id, s.bracket, b.champion_id
),
champions AS (
    SELECT
        patch,
        queue_id,
        bracket,
        role_or_none AS role,
        champion_id,
        CAST(COUNT(*) AS BIGINT) AS games,
        CAST(SUM(win) AS BIGINT) AS wins,
        CAST(SUM(kills) AS BIGINT) AS kills,
        CAST(SUM(deaths) AS BIGINT) AS deaths,
        CAST(SUM(assists) AS BIGINT) AS assists,
        CAST(SUM(cs) AS BIGINT) AS cs,
        CAST(SUM(duration_s) AS BIGINT) AS duration_s,
        CAST(SUM(CASE WHEN placement IS NULL THEN 0 ELSE 1 END) AS BIGINT) AS placement_games,
        CAST(SUM(CASE WHEN placement IS NULL THEN 0 ELSE placement END) AS BIGINT) AS placement_sum
    FROM bracket_rows
    GROUP BY patch, queue_id, bracket, role_or_none, champion_id
),
roles AS (
    SELECT patch, queue_id, bracket, role, CAST(SUM(wins) AS DOUBLE) / SUM(games) AS role_win_rate
    FROM champions
    GROUP BY patch, queue_id, bracket, role
),
rated AS (
    SELECT
        c.*,
        s.matches,
        COALESCE(b.bans, 0) AS bans,
        r.role_win_rate,
        CAST(c.wins AS DOUBLE) / c.games AS win_rate,
        CAST(c.games AS DOUBLE) / s.matches AS pick_rate,
        CAST(COALESCE(b.bans, 0) AS DOUBLE) / s.matches AS ban_rate,
        (c.wins + 50 * r.role_win_rate) / (c.games + 50) AS shrunk_win_rate
    FROM champions c
    JOIN slices s ON s.patch = c.patch AND s.queue_id = c.queue_id AND s.bracket = c.bracket
    JOIN roles r ON r.patch = c.patch AND r.queue_id = c.queue_id AND r.bracket = c.bracket AND r.role = c.role
    LEFT JOIN slice_bans b
        ON b.patch = c.patch AND b.queue_id = c.queue_id AND b.bracket = c.bracket AND b.champion_id = c.champion_id
),
scored AS (
    SELECT
        rated.*,
        GREATEST(0.0,
            (win_rate + 1.9208 / games - 1.96 * SQRT(win_rate * (1 - win_rate) / games + 0.9604 / (games * games)))
            / (1 + 3.8416 / games)) AS wilson_lower,
        100 * (shrunk_win_rate - role_win_rate) + 0.75 * LN(1 + 100 * pick_rate) AS tier_score
    FROM rated
)
SELECT
    patch,
    queue_id,
    bracket AS rank_bracket,
    role,
    champion_id,
    games,
    wins,
    matches,
    bans,
    win_rate,
    pick_rate,
    ban_rate,
    wilson_lower,
    role_win_rate,
    shrunk_win_rate,
    tier_score,
    CASE
        WHEN games < 100 OR pick_rate < 0.005 THEN NULL
        WHEN tier_score >= 3.5 THEN 'S+'
        WHEN tier_score >= 2.5 THEN 'S'
        WHEN tier_score >= 1.5 THEN 'A'
        WHEN tier_score >= 0.5 THEN 'B'
        WHEN tier_score >= -0.5 THEN 'C'
        ELSE 'D'
    END AS tier,
    kills,
    deaths,
    assists,
    cs,
    duration_s,
    placement_games,
    placement_sum
FROM scored
