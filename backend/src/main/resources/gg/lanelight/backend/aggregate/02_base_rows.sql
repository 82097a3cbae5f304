-- One row per human participant of every non-remake match (bots count nowhere). Build columns come from the
-- timeline when the match has one, else from the final inventory; start items and skill order need a timeline.
CREATE TABLE base_rows AS
SELECT
    m.patch,
    m.queue_id,
    m.game_start_ms,
    m.duration_s,
    COALESCE(b.rank_bracket, 'UNRANKED') AS rank_bracket,
    m.match_id,
    p.match_key,
    p.participant_id,
    p.player_key,
    p.team_id,
    p.champion_id,
    p.role,
    -- Known limitation: a payload whose teamPosition is literally "NONE" is counted with the role-less modes.
    CASE WHEN p.role = '' THEN 'NONE' ELSE p.role END AS role_or_none,
    CASE WHEN p.win THEN 1 ELSE 0 END AS win,
    p.kills,
    p.deaths,
    p.assists,
    p.cs,
    p.placement,
    CASE WHEN tm.match_key IS NULL THEN p.inventory_item_1 ELSE t.core_item_1 END AS core_item_1,
    CASE WHEN tm.match_key IS NULL THEN p.inventory_item_2 ELSE t.core_item_2 END AS core_item_2,
    CASE WHEN tm.match_key IS NULL THEN p.inventory_item_3 ELSE t.core_item_3 END AS core_item_3,
    CASE WHEN tm.match_key IS NULL THEN p.inventory_boots ELSE t.boots END AS boots,
    t.start_items,
    t.skill_order,
    t.gold_15,
    p.primary_style,
    p.sub_style,
    p.perk_1, p.perk_2, p.perk_3, p.perk_4, p.perk_5, p.perk_6, p.perk_7, p.perk_8, p.perk_9,
    p.spell_1,
    p.spell_2
FROM participant_rows p
JOIN match_rows m ON m.match_key = p.match_key
LEFT JOIN match_brackets b ON b.match_key = p.match_key
LEFT JOIN (SELECT DISTINCT match_key FROM timeline_rows) tm ON tm.match_key = p.match_key
LEFT JOIN timeline_rows t ON t.match_key = p.match_key AND t.participant_id = p.participant_id
WHERE NOT m.remake AND NOT p.bot
