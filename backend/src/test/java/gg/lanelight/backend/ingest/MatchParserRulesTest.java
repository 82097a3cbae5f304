package gg.lanelight.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gg.lanelight.backend.ddragon.ItemCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The patch and inventory rules, checked against plain restatements of them (a regular expression, a sorted set). */
class MatchParserRulesTest {
    private static final ItemCatalog ITEMS = ItemCatalog.bundled();

    @Test
    void thePatchIsTheFirstTwoVersionNumbers() throws Exception {
        assertEquals("14.7", MatchParser.patchOf("14.7.571.8516"));
        assertEquals("14.7", MatchParser.patchOf("14.7"));
        assertEquals("14.7", MatchParser.patchOf("014.07.1"));
        assertEquals("123456789.1", MatchParser.patchOf("123456789.1.x"));
    }

    @Test
    void everyVersionIsReadAsTheRegularExpressionReadsIt() {
        List<String> versions = new ArrayList<>(List.of(
                "",
                ".",
                "14",
                "14.",
                ".14.5",
                "14..5",
                "14.5...",
                "14.5a",
                "14.5.x",
                "a.b",
                "-1.5",
                "+1.5",
                " 14.5",
                "14.5 ",
                "1234567890.1",
                "1.1234567890",
                "\u0661\u0664.5",
                "14,5",
                "14.5\n",
                "0.0"));
        Random random = new Random(3);
        String alphabet = "0123456789..a";
        for (int index = 0; index < 2_000; index++) {
            StringBuilder version = new StringBuilder();
            for (int character = random.nextInt(12); character > 0; character--) {
                version.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            versions.add(version.toString());
        }
        for (String version : versions) {
            String expected = patchByExpression(version);
            if (expected == null) {
                assertThrows(RejectedRecordException.class, () -> MatchParser.patchOf(version), "'" + version + "'");
            } else {
                assertEquals(expected, assertNoRejection(version), "'" + version + "'");
            }
        }
    }

    @Test
    void theInventoryCoreIsTheThreeLowestDistinctCompletedItems() {
        List<Integer> completed =
                ITEMS.completedRiftItems().stream().map(ItemCatalog.Item::id).toList();
        MatchParser rules = new MatchParser(ITEMS);
        Random random = new Random(5);
        for (int round = 0; round < 2_000; round++) {
            int[] slots = new int[6];
            for (int slot = 0; slot < slots.length; slot++) {
                int pick = random.nextInt(4);
                slots[slot] =
                        pick == 0 ? 0 : pick == 1 ? 2003 : completed.get(random.nextInt(Math.min(8, completed.size())));
            }
            TreeSet<Integer> distinct = new TreeSet<>();
            for (int itemId : slots) {
                if (ITEMS.isCompleted(itemId)) {
                    distinct.add(itemId);
                }
            }
            List<Integer> expected =
                    distinct.size() < 3 ? List.of() : List.copyOf(distinct).subList(0, 3);

            assertEquals(expected, rules.inventoryCore(slots), java.util.Arrays.toString(slots));
        }
    }

    private static String assertNoRejection(String version) {
        try {
            return MatchParser.patchOf(version);
        } catch (RejectedRecordException e) {
            throw new AssertionError("'" + version + "' was rejected", e);
        }
    }

    /** The rule as first written: split at dots, the first two parts 1 to 9 ASCII digits. */
    private static String patchByExpression(String version) {
        String[] parts = version.split("\\.");
        if (parts.length < 2 || !parts[0].matches("[0-9]{1,9}") || !parts[1].matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.parseInt(parts[0]) + "." + Integer.parseInt(parts[1]);
    }
}
