package gg.lanelight.app.overlay;

import gg.lanelight.app.client.ChampSelectPlayer;
import gg.lanelight.app.client.ChampSelectSession;
import gg.lanelight.app.client.ChampSelectTimer;
import gg.lanelight.app.overlay.ChampSelectFacts.Answer;
import gg.lanelight.app.overlay.ChampSelectView.AllyCard;
import gg.lanelight.app.overlay.ChampSelectView.BuildLine;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.stats.ChampionBuild;
import gg.lanelight.app.stats.PlayerSummary;
import gg.lanelight.app.stats.RunePage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns champion-select facts into the overlay's view model. Pure and thread-safe; runs off the JavaFX thread. */
public final class ChampSelectViews {

    public static final String STATS_UNREACHABLE =
            "Stats service unreachable — builds and player stats return when it is back";
    public static final String NO_CHAMPION = "No champion yet";
    public static final String HIDDEN_PLAYER = "Hidden player";

    private final StaticData staticData;

    public ChampSelectViews(StaticData staticData) {
        this.staticData = staticData;
    }

    /** The local player's role in the backend's spelling, or "" when the queue assigns none. */
    public static String role(ChampSelectPlayer player) {
        String position = player.assignedPosition() == null ? "" : player.assignedPosition();
        return position.toUpperCase(Locale.ROOT);
    }

    public ChampSelectView view(ChampSelectFacts facts) {
        ChampSelectSession session = facts.session();
        ChampSelectPlayer local = session.localPlayer().orElse(null);

        String champion = local == null ? NO_CHAMPION : championName(local.shownChampionId());
        String role = local == null ? "" : role(local);
        List<BuildLine> build = facts.build().map(this::buildLines).orElse(List.of());
        List<AllyCard> allies =
                session.myTeam().stream().map(p -> allyCard(p, facts)).collect(Collectors.toList());

        return new ChampSelectView(phase(session.timer()), champion, role, build, allies, notice(facts, local));
    }

    private static String phase(ChampSelectTimer timer) {
        return timer == null || timer.phase() == null ? "" : timer.phase();
    }

    private String championName(int championId) {
        return championId == 0 ? NO_CHAMPION : staticData.championName(championId);
    }

    private List<BuildLine> buildLines(ChampionBuild build) {
        return List.of(
                line(
                        "Core items",
                        itemNames(build.coreItems().itemIds()),
                        build.coreItems().wins(),
                        build.coreItems().games()),
                line(
                        "Runes",
                        runeNames(build.runes()),
                        build.runes().wins(),
                        build.runes().games()),
                line(
                        "Spells",
                        spellNames(build.spells().spellIds()),
                        build.spells().wins(),
                        build.spells().games()));
    }

    private static BuildLine line(String label, String value, int wins, int games) {
        return new BuildLine(label, value, Formats.winRate(wins, games), Formats.games(games));
    }

    private String itemNames(List<Integer> itemIds) {
        return itemIds.stream().map(staticData::itemName).collect(Collectors.joining(" › "));
    }

    /** Keystone, then the two trees, then the three shards: what a player needs to set the page up. */
    private String runeNames(RunePage runes) {
        List<Integer> perks = runes.perkIds();
        String keystone = perks.isEmpty() ? "" : staticData.perkName(perks.get(0));
        String trees =
                staticData.runeStyleName(runes.primaryStyleId()) + " + " + staticData.runeStyleName(runes.subStyleId());
        String shards = perks.size() < 9
                ? ""
                : perks.subList(6, 9).stream().map(staticData::perkName).collect(Collectors.joining(", "));
        return keystone + " · " + trees + (shards.isEmpty() ? "" : " · " + shards);
    }

    private String spellNames(List<Integer> spellIds) {
        return spellIds.stream().map(staticData::summonerSpellName).collect(Collectors.joining(" + "));
    }

    private AllyCard allyCard(ChampSelectPlayer player, ChampSelectFacts facts) {
        boolean local = player.cellId() == facts.session().localPlayerCellId();
        String champion = championName(player.shownChampionId());
        if (player.isHidden()) {
            return new AllyCard(player.cellId(), local, true, HIDDEN_PLAYER, champion, "", "", "");
        }
        return new AllyCard(
                player.cellId(),
                local,
                false,
                riotId(player, local, facts.localRiotId()),
                champion,
                rank(player.puuid(), facts),
                recent(player.puuid(), facts),
                onChampion(player, facts));
    }

    private static String riotId(ChampSelectPlayer player, boolean local, String localRiotId) {
        if (player.gameName() != null && !player.gameName().isEmpty()) {
            return player.gameName() + "#" + player.tagLine();
        }
        if (local && !localRiotId.isEmpty()) {
            return localRiotId;
        }
        return "Player " + (player.cellId() + 1);
    }

    private static String rank(String puuid, ChampSelectFacts facts) {
        if (facts.ranks().containsKey(puuid)) {
            return Formats.soloRank(facts.ranks().get(puuid));
        }
        return facts.failedRanks().contains(puuid) ? Formats.NONE : Formats.PENDING;
    }

    private static String recent(String puuid, ChampSelectFacts facts) {
        PlayerSummary summary = facts.players().get(puuid);
        if (summary != null) {
            return Formats.record(summary.recentWins(), summary.recentGames());
        }
        return missingSummary(puuid, facts);
    }

    private String onChampion(ChampSelectPlayer player, ChampSelectFacts facts) {
        PlayerSummary summary = facts.players().get(player.puuid());
        if (summary == null) {
            return missingSummary(player.puuid(), facts);
        }
        if (player.shownChampionId() == 0) {
            return Formats.NONE;
        }
        return summary.champion(player.shownChampionId())
                .map(c -> Formats.record(c.wins(), c.games()))
                .orElse(Formats.record(0, 0));
    }

    private static String missingSummary(String puuid, ChampSelectFacts facts) {
        if (facts.unknownPlayers().contains(puuid)) {
            return Formats.record(0, 0);
        }
        return facts.lobbyState() == Answer.PENDING ? Formats.PENDING : Formats.NONE;
    }

    private static String notice(ChampSelectFacts facts, ChampSelectPlayer local) {
        if (facts.buildState() == Answer.UNREACHABLE || facts.lobbyState() == Answer.UNREACHABLE) {
            return STATS_UNREACHABLE;
        }
        if (local != null && local.shownChampionId() != 0 && role(local).isEmpty()) {
            return "No role assigned in this queue — builds are shown for ranked and draft roles";
        }
        if (facts.buildState() == Answer.NOT_FOUND) {
            return "No build recorded yet for this champion in this role";
        }
        return "";
    }
}
