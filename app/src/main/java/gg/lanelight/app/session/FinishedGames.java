package gg.lanelight.app.session;

import gg.lanelight.app.client.ChampSelectPlayer;
import gg.lanelight.app.history.MatchRecord;
import gg.lanelight.app.live.LiveGame;
import gg.lanelight.app.live.LiveGame.LiveEvent;
import gg.lanelight.app.live.LiveGame.LivePlayer;
import gg.lanelight.app.overlay.ChampSelectViews;
import gg.lanelight.app.overlay.InGameViews;
import gg.lanelight.app.session.ClientQueries.FinishedGame;
import gg.lanelight.app.session.ClientQueries.GameflowFacts;
import gg.lanelight.app.staticdata.StaticData;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Builds the history row of a game from what the session saw of it. Pure and thread-safe. */
final class FinishedGames {

    private final StaticData staticData;

    FinishedGames(StaticData staticData) {
        this.staticData = staticData;
    }

    /**
     * The row from the last live payload. {@code complete} is true when the game's end was seen (a GameEnd event);
     * without one the numbers are the last ones seen.
     */
    MatchRecord fromLiveGame(
            LiveGame game,
            String puuid,
            String riotId,
            Optional<ChampSelectPlayer> champSelectPlayer,
            Optional<GameflowFacts> gameflow,
            Instant startedAt) {
        Optional<LivePlayer> you = InGameViews.localPlayer(game);
        LiveGame.Scores scores = you.map(LivePlayer::scores).orElse(new LiveGame.Scores(0, 0, 0, 0, 0));
        Optional<String> result = gameResult(game);

        return new MatchRecord(
                gameflow.map(GameflowFacts::gameId).orElse(0L),
                puuid,
                startedAt,
                gameflow.map(GameflowFacts::queueId).orElse(0),
                riotId.isEmpty() && game.activePlayer() != null
                        ? game.activePlayer().riotId()
                        : riotId,
                championId(you, champSelectPlayer),
                role(you, champSelectPlayer),
                result.map("Win"::equalsIgnoreCase).orElse(false),
                scores.kills(),
                scores.deaths(),
                scores.assists(),
                scores.creepScore(),
                you.map(InGameViews::itemGold).orElse(0),
                game.gameData() == null ? 0 : (long) game.gameData().gameTime(),
                result.isPresent());
    }

    /**
     * The row with the LCU match history's numbers, which are final, in place of the live ones; a negative count,
     * which no game can have, is saved as 0.
     */
    static MatchRecord withHistory(MatchRecord live, FinishedGame history) {
        return new MatchRecord(
                live.gameId(),
                live.puuid(),
                history.playedAt() == null ? live.playedAt() : history.playedAt(),
                live.queueId(),
                live.riotId(),
                history.championId() == 0 ? live.championId() : history.championId(),
                live.role(),
                history.win(),
                Math.max(0, history.kills()),
                Math.max(0, history.deaths()),
                Math.max(0, history.assists()),
                Math.max(0, history.creepScore()),
                history.goldEarned(),
                history.durationSeconds(),
                true);
    }

    /** The same row with the game's id and queue from the gameflow session. */
    static MatchRecord withGame(MatchRecord match, long gameId, int queueId) {
        return copy(match, gameId, queueId, match.complete());
    }

    /** The same row marked as cut short: the client went away before the game ended. */
    static MatchRecord incomplete(MatchRecord match) {
        return copy(match, match.gameId(), match.queueId(), false);
    }

    private static MatchRecord copy(MatchRecord match, long gameId, int queueId, boolean complete) {
        return new MatchRecord(
                gameId,
                match.puuid(),
                match.playedAt(),
                queueId,
                match.riotId(),
                match.championId(),
                match.role(),
                match.win(),
                match.kills(),
                match.deaths(),
                match.assists(),
                match.creepScore(),
                match.goldEarned(),
                match.durationSeconds(),
                complete);
    }

    /** "Win" or "Lose" from the GameEnd event, when the game has ended. */
    static Optional<String> gameResult(LiveGame game) {
        return game.events().list().stream()
                .filter(e -> "GameEnd".equals(e.eventName()))
                .map(LiveEvent::result)
                .filter(r -> r != null && !r.isEmpty())
                .reduce((first, second) -> second);
    }

    private int championId(Optional<LivePlayer> you, Optional<ChampSelectPlayer> champSelectPlayer) {
        return you.map(p -> staticData.championIdByName(p.championName()))
                .filter(id -> id.isPresent())
                .map(id -> id.getAsInt())
                .or(() -> champSelectPlayer.map(ChampSelectPlayer::shownChampionId))
                .orElse(0);
    }

    private static String role(Optional<LivePlayer> you, Optional<ChampSelectPlayer> champSelectPlayer) {
        String fromChampSelect = champSelectPlayer.map(ChampSelectViews::role).orElse("");
        if (!fromChampSelect.isEmpty()) {
            return fromChampSelect;
        }
        String fromGame = you.map(LivePlayer::position).orElse("");
        return fromGame == null ? "" : fromGame.toUpperCase(Locale.ROOT);
    }
}
