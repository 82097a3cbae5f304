package gg.lanelight.app.overlay;

import gg.lanelight.app.live.LiveGame;
import gg.lanelight.app.live.LiveGame.LiveItem;
import gg.lanelight.app.live.LiveGame.LivePlayer;
import gg.lanelight.app.overlay.InGameView.LaneRow;
import gg.lanelight.app.overlay.InGameView.ScoreRow;
import gg.lanelight.app.staticdata.StaticData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns a live game into the in-game overlay's view model. Pure and thread-safe; runs off the JavaFX thread. */
public final class InGameViews {

    public static final List<String> POSITIONS = List.of("TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY");

    private final StaticData staticData;

    public InGameViews(StaticData staticData) {
        this.staticData = staticData;
    }

    /** The value of a player's items: Σ price × count, as the game reports them on its scoreboard. */
    public static int itemGold(LivePlayer player) {
        return player.items().stream().mapToInt(InGameViews::stackValue).sum();
    }

    /** The local player's entry in {@code allPlayers}, matched on Riot ID; empty while spectating. */
    public static Optional<LivePlayer> localPlayer(LiveGame game) {
        if (game.activePlayer() == null) {
            return Optional.empty();
        }
        String riotId = game.activePlayer().riotId();
        String summonerName = game.activePlayer().summonerName();
        return game.allPlayers().stream()
                .filter(p -> sameName(p.riotId(), riotId) || sameName(p.summonerName(), summonerName))
                .findFirst();
    }

    /** The local player's team ("ORDER" or "CHAOS"); ORDER while spectating. */
    public static String localTeam(LiveGame game) {
        return localPlayer(game).map(LivePlayer::team).orElse("ORDER");
    }

    public InGameView view(InGameFacts facts) {
        LiveGame game = facts.game();
        String allyTeam = localTeam(game);
        double gameTime = game.gameData() == null ? 0 : game.gameData().gameTime();

        return new InGameView(
                Formats.clock(gameTime),
                ObjectiveTimers.at(gameTime, game.events().list(), name -> teamOf(game, name)),
                lanes(game, allyTeam),
                scoreboard(facts, allyTeam),
                facts.notice());
    }

    private static boolean sameName(String a, String b) {
        return a != null && !a.isEmpty() && a.equals(b);
    }

    /** Kill events name players by their bare game name (or, on older builds, summoner name). */
    private static Optional<String> teamOf(LiveGame game, String killerName) {
        return game.allPlayers().stream()
                .filter(p -> sameName(p.riotIdGameName(), killerName) || sameName(p.summonerName(), killerName))
                .map(LivePlayer::team)
                .findFirst();
    }

    private static List<LaneRow> lanes(LiveGame game, String allyTeam) {
        List<LaneRow> rows = new ArrayList<>();
        for (String position : POSITIONS) {
            Optional<LivePlayer> ally = inPosition(game, position, true, allyTeam);
            Optional<LivePlayer> enemy = inPosition(game, position, false, allyTeam);
            if (ally.isPresent() || enemy.isPresent()) {
                rows.add(lane(position, ally, enemy));
            }
        }
        return rows;
    }

    private static Optional<LivePlayer> inPosition(LiveGame game, String position, boolean ally, String allyTeam) {
        return game.allPlayers().stream()
                .filter(p -> allyTeam.equals(p.team()) == ally)
                .filter(p -> position.equalsIgnoreCase(p.position()))
                .findFirst();
    }

    private static LaneRow lane(String position, Optional<LivePlayer> ally, Optional<LivePlayer> enemy) {
        String difference = ally.isPresent() && enemy.isPresent()
                ? String.format(Locale.ROOT, "%+,d", itemGold(ally.get()) - itemGold(enemy.get()))
                : Formats.NONE;
        return new LaneRow(
                position,
                ally.map(LivePlayer::championName).orElse(Formats.NONE),
                enemy.map(LivePlayer::championName).orElse(Formats.NONE),
                ally.map(p -> Formats.gold(itemGold(p))).orElse(Formats.NONE),
                enemy.map(p -> Formats.gold(itemGold(p))).orElse(Formats.NONE),
                difference,
                ally.map(p -> String.valueOf(scores(p).creepScore())).orElse(Formats.NONE),
                enemy.map(p -> String.valueOf(scores(p).creepScore())).orElse(Formats.NONE));
    }

    private List<ScoreRow> scoreboard(InGameFacts facts, String allyTeam) {
        Optional<LivePlayer> you = localPlayer(facts.game());
        return facts.game().allPlayers().stream()
                .sorted(Comparator.comparing((LivePlayer p) -> !allyTeam.equals(p.team()))
                        .thenComparing(InGameViews::positionOrder))
                .map(p -> scoreRow(
                        p, allyTeam.equals(p.team()), you.filter(p::equals).isPresent(), facts))
                .toList();
    }

    private static int positionOrder(LivePlayer player) {
        int index = POSITIONS.indexOf(
                player.position() == null ? "" : player.position().toUpperCase(Locale.ROOT));
        return index < 0 ? POSITIONS.size() : index;
    }

    private ScoreRow scoreRow(LivePlayer player, boolean ally, boolean you, InGameFacts facts) {
        LiveGame.Scores scores = scores(player);
        return new ScoreRow(
                ally,
                you,
                player.championName(),
                Formats.kda(scores.kills(), scores.deaths(), scores.assists()),
                String.valueOf(scores.creepScore()),
                String.valueOf(player.level()),
                rank(player, facts));
    }

    private String rank(LivePlayer player, InGameFacts facts) {
        OptionalInt championId = staticData.championIdByName(player.championName());
        String puuid = championId.isPresent() ? facts.puuidsByChampion().get(championId.getAsInt()) : null;
        if (puuid == null || puuid.isEmpty() || player.bot()) {
            return "";
        }
        if (facts.ranks().containsKey(puuid)) {
            return Formats.soloRank(facts.ranks().get(puuid));
        }
        return facts.failedRanks().contains(puuid) ? Formats.NONE : Formats.PENDING;
    }

    /** The game reports a unit price; stackable items (potions, wards) carry a count. */
    private static int stackValue(LiveItem item) {
        return item.price() * Math.max(1, item.count());
    }

    private static LiveGame.Scores scores(LivePlayer player) {
        return player.scores() == null ? new LiveGame.Scores(0, 0, 0, 0, 0) : player.scores();
    }
}
