package gg.lanelight.backend.ingest;

import java.util.List;

/**
 * What a snapshot keeps of one match participant.
 *
 * @param puuid the player's puuid; "" when the payload has none (the row counts for champions, not for a player)
 * @param role {@code teamPosition}: TOP, JUNGLE, MIDDLE, BOTTOM, UTILITY, or "" (ARAM, Arena)
 * @param bot true for a bot (puuid {@code BOT}); bots count in no aggregate
 * @param cs minions plus neutral monsters killed (0 when absent)
 * @param placement the Arena placement 1..8, or null outside Arena (absent or 0)
 * @param inventoryCoreItems the first 3 completed items of the final inventory in ascending item id, or an empty list
 *     when fewer than 3 completed items were held
 * @param inventoryBoots the tier-2 boots of the final inventory, or null
 * @param runes the rune page, or null when the payload has no {@code perks}
 * @param spellIds the summoner-spell pair sorted ascending, or an empty list when absent
 */
public record ParticipantRow(
        int participantId,
        String puuid,
        int teamId,
        int championId,
        String role,
        boolean win,
        boolean bot,
        int kills,
        int deaths,
        int assists,
        int cs,
        Integer placement,
        List<Integer> inventoryCoreItems,
        Integer inventoryBoots,
        RunePage runes,
        List<Integer> spellIds) {}
