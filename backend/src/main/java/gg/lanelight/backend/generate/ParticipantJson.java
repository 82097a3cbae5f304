package gg.lanelight.backend.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;

/** Writes one generated participant as a match-v5 {@code ParticipantDto} (the commonly used subset of its keys). */
final class ParticipantJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ParticipantJson() {}

    static ObjectNode of(PlayerSlot slot, int duration, boolean remake, SplittableRandom random) {
        double minutes = duration / 60.0;
        Kda kda = remake ? new Kda(0, 0, 0) : Kda.roll(slot.role, slot.win, minutes, random);
        int cs = remake ? random.nextInt(8) : creepScore(slot.role, minutes, random);
        int gold =
                (int) (500 + minutes * (slot.role == Role.UTILITY ? 260 : 380) + kda.kills * 300 + random.nextInt(800));

        ObjectNode node = JSON.objectNode();
        node.put("assists", kda.assists);
        node.put("champLevel", Math.min(18, 1 + (int) (minutes / 1.8)));
        node.put("championId", slot.plan.championId());
        node.put("championName", slot.plan.championName());
        node.put("deaths", kda.deaths);
        node.put("gameEndedInEarlySurrender", remake);
        node.put("gameEndedInSurrender", !remake && duration < 1500 && random.nextDouble() < 0.6);
        node.put("goldEarned", gold);
        node.put("goldSpent", gold - random.nextInt(600));
        node.put("individualPosition", slot.role.name());
        for (int itemSlot = 0; itemSlot < 7; itemSlot++) {
            node.put("item" + itemSlot, slot.inventory[itemSlot]);
        }
        node.put("kills", kda.kills);
        node.put("lane", lane(slot.role));
        node.put("neutralMinionsKilled", slot.role == Role.JUNGLE ? cs : random.nextInt(12));
        node.put("participantId", slot.participantId);
        node.set("perks", perks(slot.runes, random));
        node.put("profileIcon", 1 + random.nextInt(6000));
        node.put("puuid", slot.puuid);
        node.put("riotIdGameName", slot.gameName);
        node.put("riotIdTagline", slot.tagLine);
        node.put("role", slot.role == Role.UTILITY ? "SUPPORT" : slot.role == Role.BOTTOM ? "CARRY" : "SOLO");
        node.put("summoner1Id", slot.summoner1);
        node.put("summoner2Id", slot.summoner2);
        node.put("summonerLevel", 30 + random.nextInt(600));
        node.put("teamEarlySurrendered", remake && !slot.win);
        node.put("teamId", slot.teamId);
        node.put("teamPosition", slot.role.name());
        node.put("timePlayed", duration);
        node.put("totalDamageDealtToChampions", (int)
                (minutes * (slot.role == Role.UTILITY ? 350 : 700) * (0.7 + random.nextDouble() * 0.6)));
        node.put("totalMinionsKilled", slot.role == Role.JUNGLE ? random.nextInt(30) : cs);
        node.put("visionScore", (int)
                (minutes * (slot.role == Role.UTILITY ? 2.2 : 0.8) * (0.6 + random.nextDouble() * 0.8)));
        node.put("win", slot.win);
        return node;
    }

    private static ObjectNode perks(RunePagePlan page, SplittableRandom random) {
        ObjectNode perks = JSON.objectNode();
        ObjectNode shards = perks.putObject("statPerks");
        shards.put("defense", page.shards().get(2));
        shards.put("flex", page.shards().get(1));
        shards.put("offense", page.shards().get(0));
        ArrayNode styles = perks.putArray("styles");
        styles.add(style("primaryStyle", page.primaryStyle(), page.primary(), random));
        styles.add(style("subStyle", page.subStyle(), page.secondary(), random));
        return perks;
    }

    private static ObjectNode style(String description, int styleId, List<Integer> runes, SplittableRandom random) {
        ObjectNode style = JSON.objectNode();
        style.put("description", description);
        ArrayNode selections = style.putArray("selections");
        for (int rune : runes) {
            ObjectNode selection = selections.addObject();
            selection.put("perk", rune);
            selection.put("var1", random.nextInt(2000));
            selection.put("var2", random.nextInt(400));
            selection.put("var3", 0);
        }
        style.put("style", styleId);
        return style;
    }

    private static int creepScore(Role role, double minutes, SplittableRandom random) {
        double perMinute = switch (role) {
            case UTILITY -> 1.2;
            case JUNGLE -> 5.5;
            default -> 6.5;
        };
        return (int) (minutes * perMinute * (0.8 + random.nextDouble() * 0.4));
    }

    private static String lane(Role role) {
        return switch (role) {
            case TOP -> "TOP";
            case JUNGLE -> "JUNGLE";
            case MIDDLE -> "MIDDLE";
            case BOTTOM, UTILITY -> "BOTTOM";
        };
    }

    /** Kills, deaths and assists of one player. */
    private record Kda(int kills, int deaths, int assists) {
        static Kda roll(Role role, boolean win, double minutes, SplittableRandom random) {
            double scale = minutes / 29;
            double killRate = role == Role.UTILITY ? 1.5 : role == Role.BOTTOM || role == Role.MIDDLE ? 6.5 : 5;
            double assistRate = role == Role.UTILITY || role == Role.JUNGLE ? 10 : 6;
            return new Kda(
                    poisson(killRate * scale * (win ? 1.3 : 0.7), random),
                    poisson(5 * scale * (win ? 0.75 : 1.25), random),
                    poisson(assistRate * scale * (win ? 1.3 : 0.7), random));
        }

        private static int poisson(double mean, SplittableRandom random) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit && count < 60) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }
    }
}
