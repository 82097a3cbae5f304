package gg.lanelight.app.staticdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StaticData data = StaticData.bundled();

    static JsonNode fixture(String relativePath) throws IOException {
        return JSON.readTree(
                Path.of(System.getProperty("lanelight.fixtures"), relativePath).toFile());
    }

    static Iterable<JsonNode> matchParticipants() throws IOException {
        return fixture("matchv5/KR_7014499581.match.json").path("info").path("participants");
    }

    @Nested
    class Champions {

        @Test
        void namesEveryChampionOfTheRecordedMatchLikeTheMatchDoes() throws IOException {
            for (JsonNode participant : matchParticipants()) {
                int championId = participant.path("championId").asInt();
                String matchName = participant.path("championName").asText();

                String name = data.championName(championId);

                assertEquals(BundledFiles.championLookupKey(matchName), BundledFiles.championLookupKey(name), name);
                assertEquals(OptionalInt.of(championId), data.championIdByName(matchName), matchName);
            }
        }

        @Test
        void namesKaisaWithHerApostropheAndChampionsNewerThanTheDataDragonFile() {
            assertEquals("Kai'Sa", data.championName(145));
            assertEquals("Zeri", data.championName(221));
            assertEquals("Viego", data.championName(234));
        }

        @Test
        void findsEveryLiveClientChampionByDisplayAndRawName() throws IOException {
            for (JsonNode player : fixture("liveclient/allgamedata.json").path("allPlayers")) {
                String displayName = player.path("championName").asText();

                OptionalInt byDisplayName = data.championIdByName(displayName);
                OptionalInt byRawName =
                        data.championIdByName(player.path("rawChampionName").asText());

                assertTrue(byDisplayName.isPresent(), displayName);
                assertEquals(byDisplayName, byRawName);
                assertEquals(displayName, data.championName(byDisplayName.getAsInt()));
            }
        }

        @Test
        void agreesWithEveryEntryOfTheDataDragonChampionFile() throws IOException {
            for (JsonNode champion : fixture("ddragon/champion.trimmed.json").path("data")) {
                int championId = Integer.parseInt(champion.path("key").asText());

                assertEquals(champion.path("name").asText(), data.championName(championId));
            }
        }

        @Test
        void unknownChampionGetsAPlaceholderAndNoId() {
            assertEquals("Champion 9999", data.championName(9999));
            assertTrue(data.championIdByName("Not A Champion").isEmpty());
            assertTrue(data.championIdByName(null).isEmpty());
        }
    }

    @Nested
    class Items {

        @Test
        void infinityEdgeHasTheFileNameAndPriceAndIsCompleted() throws IOException {
            JsonNode expected =
                    fixture("ddragon/item.trimmed.json").path("data").path("3031");

            ItemInfo item = data.item(3031).orElseThrow();

            assertEquals(expected.path("name").asText(), item.name());
            assertEquals(expected.path("gold").path("total").asInt(), item.totalGold());
            assertEquals(item.name(), data.itemName(3031));
            assertTrue(item.completed());
        }

        @Test
        void tierTwoBootsAreCompletedButBasicBootsAndComponentsAreNot() {
            assertTrue(data.item(3006).orElseThrow().completed(), "Berserker's Greaves");
            assertTrue(data.item(3117).orElseThrow().completed(), "Boots of Mobility, 1000 gold");
            assertFalse(data.item(1001).orElseThrow().completed(), "Boots");
            assertFalse(data.item(1018).orElseThrow().completed(), "Cloak of Agility");
        }

        @Test
        void cheapFinalItemsAreNotCompleted() throws IOException {
            JsonNode file = fixture("ddragon/item.trimmed.json").path("data");
            file.fields().forEachRemaining(entry -> {
                JsonNode item = entry.getValue();
                boolean cheapFinalNonBoots = item.path("gold").path("total").asInt() < 2000
                        && !item.path("tags").toString().contains("Boots");

                if (cheapFinalNonBoots) {
                    assertFalse(
                            data.item(Integer.parseInt(entry.getKey()))
                                    .orElseThrow()
                                    .completed(),
                            entry.getKey());
                }
            });
        }

        @Test
        void unknownItemIsEmptyWithAPlaceholderName() {
            assertTrue(data.item(999_999).isEmpty());
            assertEquals("Item 999999", data.itemName(999_999));
        }
    }

    @Nested
    class Runes {

        @Test
        void namesKeystonesAndTrees() {
            assertEquals("Arcane Comet", data.perkName(8229));
            assertEquals("Precision", data.runeStyleName(8000));
            assertEquals("Sorcery", data.runeStyleName(8200));
        }

        @Test
        void namesEveryRuneTreeAndStatShardOfTheRecordedMatch() throws IOException {
            for (JsonNode participant : matchParticipants()) {
                JsonNode perks = participant.path("perks");
                for (JsonNode style : perks.path("styles")) {
                    assertNamed(data.runeStyleName(style.path("style").asInt()));
                    style.path("selections")
                            .forEach(s ->
                                    assertNamed(data.perkName(s.path("perk").asInt())));
                }
                perks.path("statPerks").forEach(shard -> assertNamed(data.perkName(shard.asInt())));
            }
        }

        @Test
        void namesTheLiveClientRunesLikeTheLiveClientDoes() throws IOException {
            JsonNode runes =
                    fixture("liveclient/allgamedata.json").path("activePlayer").path("fullRunes");

            for (JsonNode rune : runes.path("generalRunes")) {
                assertEquals(
                        rune.path("displayName").asText(),
                        data.perkName(rune.path("id").asInt()));
            }
            assertEquals(
                    runes.path("primaryRuneTree").path("displayName").asText(),
                    data.runeStyleName(runes.path("primaryRuneTree").path("id").asInt()));
        }

        @ParameterizedTest
        @ValueSource(ints = {5001, 5002, 5003, 5005, 5007, 5008, 5010, 5011, 5013})
        void namesEveryStatShard(int shardId) {
            assertNamed(data.perkName(shardId));
        }

        @Test
        void unknownRunesGetPlaceholders() {
            assertEquals("Rune 1", data.perkName(1));
            assertEquals("Rune tree 1", data.runeStyleName(1));
        }

        private void assertNamed(String name) {
            assertFalse(name.startsWith("Rune"), name);
        }
    }

    @Nested
    class SummonerSpells {

        @Test
        void namesFlashAndTheSpellsOfTheRecordedMatch() throws IOException {
            assertEquals("Flash", data.summonerSpellName(4));
            for (JsonNode participant : matchParticipants()) {
                assertFalse(
                        data.summonerSpellName(participant.path("summoner1Id").asInt())
                                .startsWith("Spell "));
                assertFalse(
                        data.summonerSpellName(participant.path("summoner2Id").asInt())
                                .startsWith("Spell "));
            }
        }

        @Test
        void knowsEverySpellNameTheLiveClientShows() throws IOException {
            for (JsonNode player : fixture("liveclient/allgamedata.json").path("allPlayers")) {
                for (JsonNode spell : player.path("summonerSpells")) {
                    String shown = spell.path("displayName").asText();

                    assertTrue(IntStream.range(0, 100).anyMatch(id -> shown.equals(data.summonerSpellName(id))), shown);
                }
            }
        }

        @Test
        void unknownSpellGetsAPlaceholder() {
            assertEquals("Spell 99", data.summonerSpellName(99));
        }
    }
}
