package gg.lanelight.backend.generate;

import java.util.List;

/** One participant being generated: who, which pick, and what they ended with. */
final class PlayerSlot {
    final int participantId;
    final int teamId;
    final Role role;
    final ChampionPlan plan;
    final String puuid;
    final String gameName;
    final String tagLine;
    boolean win;
    List<Integer> completedItems = List.of();
    int[] inventory = new int[7];
    RunePagePlan runes;
    int summoner1;
    int summoner2;

    PlayerSlot(
            int participantId,
            int teamId,
            Role role,
            ChampionPlan plan,
            String puuid,
            String gameName,
            String tagLine) {
        this.participantId = participantId;
        this.teamId = teamId;
        this.role = role;
        this.plan = plan;
        this.puuid = puuid;
        this.gameName = gameName;
        this.tagLine = tagLine;
    }
}
