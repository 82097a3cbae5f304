package gg.lanelight.backend.ingest;

import java.util.List;

/**
 * What a snapshot keeps of one match participant.
 *
 * @param role {@code teamPosition}: TOP, JUNGLE, MIDDLE, BOTTOM, UTILITY, or "" (ARAM, Arena)
 * @param inventoryCoreItems the first 3 completed items of the final inventory in ascending item id, or an empty list
 *     when fewer than 3 completed items were held
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
        int kills,
        int deaths,
        int assists,
        List<Integer> inventoryCoreItems,
        RunePage runes,
        List<Integer> spellIds) {}
