-- One row per participant of every non-remake match. The core build comes from the timeline's purchases when the
-- match has a timeline, else from the final inventory (ascending item id).
CREATE TABLE base_rows AS
SELECT
    m.patch,
    m.queue_id,
    m.game_start_ms,
    p.match_id,
    p.participant_id,
    p.puuid,
    p.champion_id,
    p.role,
    CASE WHEN p.win THEN 1 ELSE 0 END AS win,
    p.kills,
    p.deaths,
    p.assists,
    CASE WHEN tm.match_id IS NULL THEN p.inventory_item_1 ELSE t.core_item_1 END AS core_item_1,
    CASE WHEN tm.match_id IS NULL THEN p.inventory_item_2 ELSE t.core_item_2 END AS core_item_2,
    CASE WHEN tm.match_id IS NULL THEN p.inventory_item_3 ELSE t.core_item_3 END AS core_item_3,
    p.primary_style,
    p.sub_style,
    p.perk_1, p.perk_2, p.perk_3, p.perk_4, p.perk_5, p.perk_6, p.perk_7, p.perk_8, p.perk_9,
    p.spell_1,
    p.spell_2
FROM participant_rows p
JOIN match_rows m ON m.match_id = p.match_id
LEFT JOIN (SELECT DISTINCT match_id FROM timeline_rows) tm ON tm.match_id = p.match_id
LEFT JOIN timeline_rows t ON t.match_id = p.match_id AND t.participant_id = p.participant_id
WHERE NOT m.remake
