package gg.lanelight.backend.ingest;

import java.util.List;

/**
 * How a participant's numbers sit in {@code participant_store.numbers} (an {@code INTEGER[28]}, 1-based in SQL), and
 * the session view {@code participant_rows} that names them again for the aggregate SQL. The last element is the
 * role's code among {@link #KNOWN_ROLES} (appending a number costs less than appending a string); any other role is
 * stored as text in {@code participant_store.role}, which is NULL otherwise. Thread-safe (constants and pure
 * functions).
 */
final class ParticipantNumbers {
    /** Element names in array order; null elements are SQL NULLs. */
    private static final List<String> NAMES = List.of(
            "participant_id",
            "team_id",
            "champion_id",
            "win",
            "bot",
            "kills",
            "deaths",
            "assists",
            "cs",
            "placement",
            "inventory_item_1",
            "inventory_item_2",
            "inventory_item_3",
            "inventory_boots",
            "primary_style",
            "sub_style",
            "perk_1",
            "perk_2",
            "perk_3",
            "perk_4",
            "perk_5",
            "perk_6",
            "perk_7",
            "perk_8",
            "perk_9",
            "spell_1",
            "spell_2");

    /** teamPosition values stored as a code: 1 for the first, and so on; 0 means the role is stored as text. */
    static final List<String> KNOWN_ROLES = List.of("", "TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY");

    /** The named numbers and the role code. */
    static final int COUNT = NAMES.size() + 1;

    /** Where the role code sits (0-based). */
    static final int ROLE_CODE = NAMES.size();

    private static final int WIN = NAMES.indexOf("win");
    private static final int BOT = NAMES.indexOf("bot");

    /**
     * participant_rows as the aggregate SQL reads it: one row per participant with the columns of the first store
     * layout, the puuid looked up by key ("" for bots and players without one) and that key (NULL for them).
     */
    static final String VIEW = view();

    private ParticipantNumbers() {}

    private static String view() {
        StringBuilder role = new StringBuilder("CASE p.numbers[" + (ROLE_CODE + 1) + "]");
        for (int code = 1; code <= KNOWN_ROLES.size(); code++) {
            role.append(" WHEN ")
                    .append(code)
                    .append(" THEN '")
                    .append(KNOWN_ROLES.get(code - 1))
                    .append("'");
        }
        role.append(" ELSE p.role END AS role");
        StringBuilder columns = new StringBuilder();
        for (int index = 0; index < NAMES.size(); index++) {
            String element = "p.numbers[" + (index + 1) + "]";
            String value = index == WIN || index == BOT ? element + " = 1" : element;
            columns.append(", ").append(value).append(" AS ").append(NAMES.get(index));
        }
        return "CREATE OR REPLACE TEMPORARY VIEW participant_rows AS SELECT p.match_key, COALESCE(pl.puuid, '') AS"
                + " puuid, p.player_key, " + role + columns
                + " FROM participant_store p LEFT JOIN players pl ON pl.player_key ="
                + " p.player_key";
    }

    /** Writes the row's numbers into {@code numbers} (and which are NULL into {@code nulls}), in array order. */
    static void fill(ParticipantRow row, int[] numbers, boolean[] nulls) {
        java.util.Arrays.fill(nulls, false);
        int index = 0;
        numbers[index++] = row.participantId();
        numbers[index++] = row.teamId();
        numbers[index++] = row.championId();
        numbers[index++] = row.win() ? 1 : 0;
        numbers[index++] = row.bot() ? 1 : 0;
        numbers[index++] = row.kills();
        numbers[index++] = row.deaths();
        numbers[index++] = row.assists();
        numbers[index++] = row.cs();
        index = nullable(row.placement(), numbers, nulls, index);
        index = list(row.inventoryCoreItems(), 3, numbers, nulls, index);
        index = nullable(row.inventoryBoots(), numbers, nulls, index);
        if (row.runes() == null) {
            index = list(List.of(), 11, numbers, nulls, index);
        } else {
            numbers[index++] = row.runes().primaryStyleId();
            numbers[index++] = row.runes().subStyleId();
            index = list(row.runes().perkIds(), 9, numbers, nulls, index);
        }
        index = list(row.spellIds(), 2, numbers, nulls, index);
        numbers[index] = roleCode(row.role());
    }

    /** The role's code, or 0 when the role is not one of {@link #KNOWN_ROLES} (then it is stored as text). */
    static int roleCode(String role) {
        return KNOWN_ROLES.indexOf(role) + 1;
    }

    private static int nullable(Integer value, int[] numbers, boolean[] nulls, int index) {
        numbers[index] = value == null ? 0 : value;
        nulls[index] = value == null;
        return index + 1;
    }

    /** {@code width} elements: the values, or NULLs when the list is empty. */
    private static int list(List<Integer> values, int width, int[] numbers, boolean[] nulls, int index) {
        for (int element = 0; element < width; element++) {
            nullable(values.isEmpty() ? null : values.get(element), numbers, nulls, index + element);
        }
        return index + width;
    }
}
