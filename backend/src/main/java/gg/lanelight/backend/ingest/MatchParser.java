package gg.lanelight.backend.ingest;

import static gg.lanelight.backend.ingest.JsonFields.optionalBoolean;
import static gg.lanelight.backend.ingest.JsonFields.optionalInt;
import static gg.lanelight.backend.ingest.JsonFields.requiredArray;
import static gg.lanelight.backend.ingest.JsonFields.requiredBoolean;
import static gg.lanelight.backend.ingest.JsonFields.requiredInt;
import static gg.lanelight.backend.ingest.JsonFields.requiredLong;
import static gg.lanelight.backend.ingest.JsonFields.requiredObject;
import static gg.lanelight.backend.ingest.JsonFields.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.ddragon.ItemCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Turns one match-v5 {@code MatchDto} tree into a {@link ParsedMatch}, or rejects it with a reason. Thread-safe. */
final class MatchParser {
    private static final int INVENTORY_SLOTS = 6;
    private static final int CORE_SIZE = 3;
    /** Riot's puuid placeholder for bot players (co-op vs AI, custom games with bots). */
    private static final String BOT_PUUID = "BOT";

    /** The participant fields read as numbers (all integers; absent and null read as absent). */
    static final List<String> PARTICIPANT_NUMBERS = List.of(
            "participantId",
            "teamId",
            "championId",
            "kills",
            "deaths",
            "assists",
            "totalMinionsKilled",
            "neutralMinionsKilled",
            "placement",
            "summoner1Id",
            "summoner2Id",
            "item0",
            "item1",
            "item2",
            "item3",
            "item4",
            "item5");

    /** Every participant field a snapshot uses: the numbers, two booleans, two strings and the rune page. */
    static final List<String> PARTICIPANT_FIELDS = Stream.concat(
                    PARTICIPANT_NUMBERS.stream(),
                    Stream.of("win", "gameEndedInEarlySurrender", "puuid", "teamPosition", "perks"))
            .toList();

    private final ItemCatalog items;

    MatchParser(ItemCatalog items) {
        this.items = items;
    }

    ParsedMatch parse(String matchId, JsonNode root) throws RejectedRecordException {
        JsonNode info = requiredObject(root, "info", "", SkipReason.MISSING_INFO);
        String patch = patchOf(requiredText(info, "gameVersion", "info."));
        int queueId = requiredInt(info, "queueId", "info.");
        long start = info.has("gameStartTimestamp")
                ? requiredLong(info, "gameStartTimestamp", "info.")
                : requiredLong(info, "gameCreation", "info.");

        List<ParticipantRow> participants = new ArrayList<>();
        boolean remake = false;
        JsonNode array = requiredArray(info, "participants", "info.");
        if (array.isEmpty()) {
            throw new RejectedRecordException(SkipReason.MISSING_FIELD, "info.participants is empty");
        }
        for (int index = 0; index < array.size(); index++) {
            String path = "info.participants[" + index + "].";
            JsonNode participant = array.get(index);
            if (!participant.isObject()) {
                throw new RejectedRecordException(SkipReason.WRONG_TYPE, path + " is not an object");
            }
            participants.add(participant(participant, path));
            remake |= optionalBoolean(participant, "gameEndedInEarlySurrender", path);
        }
        return new ParsedMatch(
                matchId,
                patch,
                queueId,
                start,
                durationSeconds(info),
                remake,
                bannedChampions(info),
                List.copyOf(participants));
    }

    /** A champion banned by both teams is one ban for that match. */
    private static List<Integer> bannedChampions(JsonNode info) throws RejectedRecordException {
        JsonNode teams = info.get("teams");
        if (teams == null || teams.isNull()) {
            return List.of();
        }
        TreeSet<Integer> banned = new TreeSet<>();
        for (JsonNode team : requiredArray(info, "teams", "info.")) {
            JsonNode bans = team.get("bans");
            for (JsonNode ban : bans == null || !bans.isArray() ? List.<JsonNode>of() : bans) {
                int championId = optionalInt(ban, "championId", "info.teams[].bans[].", -1);
                if (championId > 0) {
                    banned.add(championId);
                }
            }
        }
        return List.copyOf(banned);
    }

    private static int durationSeconds(JsonNode info) throws RejectedRecordException {
        return durationSeconds(requiredLong(info, "gameDuration", "info."), info.has("gameEndTimestamp"));
    }

    /** Riot sends seconds since patch 11.20 (when gameEndTimestamp appeared) and milliseconds before that. */
    static int durationSeconds(long gameDuration, boolean hasGameEndTimestamp) {
        return (int) (hasGameEndTimestamp ? gameDuration : gameDuration / 1000);
    }

    /**
     * "major.minor" from a gameVersion such as "14.7.571.8516": each of the first two dot-separated parts must be 1 to
     * 9 ASCII digits (so that it fits an int); whatever follows the second part after a dot is not read. Read by hand:
     * this runs once per match, and a regular expression cost a visible share of ingest.
     */
    static String patchOf(String gameVersion) throws RejectedRecordException {
        int majorEnd = versionNumberEnd(gameVersion, 0);
        int minorEnd = majorEnd < 0 || majorEnd == gameVersion.length() || gameVersion.charAt(majorEnd) != '.'
                ? -1
                : versionNumberEnd(gameVersion, majorEnd + 1);
        if (minorEnd < 0 || (minorEnd < gameVersion.length() && gameVersion.charAt(minorEnd) != '.')) {
            throw new RejectedRecordException(
                    SkipReason.WRONG_TYPE, "info.gameVersion '" + gameVersion + "' is not major.minor[.…]");
        }
        return Integer.parseInt(gameVersion, 0, majorEnd, 10) + "."
                + Integer.parseInt(gameVersion, majorEnd + 1, minorEnd, 10);
    }

    /** Where a run of one to nine ASCII digits from {@code start} ends, or -1 when there is no such run. */
    private static int versionNumberEnd(String version, int start) {
        int index = start;
        while (index < version.length() && version.charAt(index) >= '0' && version.charAt(index) <= '9') {
            index++;
        }
        int digits = index - start;
        return digits >= 1 && digits <= 9 ? index : -1;
    }

    private ParticipantRow participant(JsonNode node, String path) throws RejectedRecordException {
        String puuid =
                node.hasNonNull("puuid") ? requiredText(node, "puuid", path).strip() : "";
        int placement = optionalInt(node, "placement", path, 0);
        int[] slots = new int[INVENTORY_SLOTS];
        for (int slot = 0; slot < INVENTORY_SLOTS; slot++) {
            slots[slot] = optionalInt(node, "item" + slot, path, 0);
        }
        return new ParticipantRow(
                requiredInt(node, "participantId", path),
                puuid,
                requiredInt(node, "teamId", path),
                requiredInt(node, "championId", path),
                node.has("teamPosition") ? requiredText(node, "teamPosition", path) : "",
                requiredBoolean(node, "win", path),
                isBot(puuid),
                requiredInt(node, "kills", path),
                requiredInt(node, "deaths", path),
                requiredInt(node, "assists", path),
                optionalInt(node, "totalMinionsKilled", path, 0) + optionalInt(node, "neutralMinionsKilled", path, 0),
                placement > 0 ? placement : null,
                inventoryCore(slots),
                inventoryBoots(slots),
                runePage(node, path),
                spellPair(optionalInt(node, "summoner1Id", path, 0), optionalInt(node, "summoner2Id", path, 0)));
    }

    static boolean isBot(String puuid) {
        return puuid.equalsIgnoreCase(BOT_PUUID);
    }

    /** The first tier-2 boots in the final inventory ({@code slots}: item0..item5, 0 for empty), or null. */
    Integer inventoryBoots(int[] slots) {
        for (int itemId : slots) {
            if (items.isTierTwoBoots(itemId)) {
                return itemId;
            }
        }
        return null;
    }

    /** Inventory slots are not purchase order, so the core is taken in ascending item id to give a stable key. */
    List<Integer> inventoryCore(int[] slots) {
        SortedDistinctInts completed = new SortedDistinctInts(slots.length);
        for (int itemId : slots) {
            if (items.isCompleted(itemId)) {
                completed.add(itemId);
            }
        }
        return completed.size() < CORE_SIZE ? List.of() : completed.lowest(CORE_SIZE);
    }

    /** The summoner-spell pair in ascending order, or an empty list when either is 0 (absent). */
    static List<Integer> spellPair(int first, int second) {
        if (first == 0 || second == 0) {
            return List.of();
        }
        return List.of(Math.min(first, second), Math.max(first, second));
    }

    private static RunePage runePage(JsonNode node, String path) throws RejectedRecordException {
        JsonNode perks = node.get("perks");
        if (perks == null || perks.isNull()) {
            return null;
        }
        String perksPath = path + "perks.";
        JsonNode styles = requiredArray(perks, "styles", perksPath);
        if (styles.size() != 2) {
            throw new RejectedRecordException(SkipReason.WRONG_TYPE, perksPath + "styles does not hold 2 trees");
        }
        List<Integer> perkIds = new ArrayList<>(9);
        perkIds.addAll(selections(styles.get(0), 4, perksPath + "styles[0]."));
        perkIds.addAll(selections(styles.get(1), 2, perksPath + "styles[1]."));
        JsonNode shards = requiredObject(perks, "statPerks", perksPath, SkipReason.MISSING_FIELD);
        for (String shard : List.of("offense", "flex", "defense")) {
            perkIds.add(requiredInt(shards, shard, perksPath + "statPerks."));
        }
        return new RunePage(
                requiredInt(styles.get(0), "style", perksPath + "styles[0]."),
                requiredInt(styles.get(1), "style", perksPath + "styles[1]."),
                perkIds);
    }

    private static List<Integer> selections(JsonNode style, int expected, String path) throws RejectedRecordException {
        JsonNode selections = requiredArray(style, "selections", path);
        if (selections.size() != expected) {
            throw new RejectedRecordException(
                    SkipReason.WRONG_TYPE, path + "selections holds " + selections.size() + ", not " + expected);
        }
        List<Integer> perks = new ArrayList<>(expected);
        for (JsonNode selection : selections) {
            perks.add(requiredInt(selection, "perk", path + "selections[]."));
        }
        return perks;
    }
}
