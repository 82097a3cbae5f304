package gg.lanelight.app.session;

import gg.lanelight.app.live.LiveGame;
import gg.lanelight.app.live.LiveGame.LivePlayer;
import gg.lanelight.app.live.LiveGame.Scores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets numbers the Live Client can never rightly report (negative kills, deaths, assists or CS) to 0 before they are
 * shown or saved, and says so at WARN once per game. State thread only.
 */
final class ImpossibleNumbers {

    private static final Logger LOG = LoggerFactory.getLogger(ImpossibleNumbers.class);

    private long warnedGame = -1;

    /** {@code game} itself when every number is possible, else a copy with the impossible ones set to 0. */
    LiveGame sound(LiveGame game, long gameNumber) {
        if (game.allPlayers().stream().allMatch(ImpossibleNumbers::isSound)) {
            return game;
        }
        warnOnce(gameNumber);
        return new LiveGame(
                game.activePlayer(),
                game.allPlayers().stream().map(ImpossibleNumbers::sound).toList(),
                game.events(),
                game.gameData());
    }

    private void warnOnce(long gameNumber) {
        if (warnedGame != gameNumber) {
            warnedGame = gameNumber;
            LOG.warn("The Live Client reported negative kills, deaths, assists or CS; Lanelight shows and saves 0"
                    + " for them in this game");
        }
    }

    private static boolean isSound(LivePlayer player) {
        Scores scores = player.scores();
        return scores == null
                || scores.kills() >= 0 && scores.deaths() >= 0 && scores.assists() >= 0 && scores.creepScore() >= 0;
    }

    private static LivePlayer sound(LivePlayer player) {
        if (isSound(player)) {
            return player;
        }
        Scores scores = player.scores();
        Scores clamped = new Scores(
                Math.max(0, scores.kills()),
                Math.max(0, scores.deaths()),
                Math.max(0, scores.assists()),
                Math.max(0, scores.creepScore()),
                scores.wardScore());
        return new LivePlayer(
                player.championName(),
                player.rawChampionName(),
                player.bot(),
                player.dead(),
                player.items(),
                player.level(),
                player.position(),
                player.respawnTimer(),
                player.riotId(),
                player.riotIdGameName(),
                player.riotIdTagLine(),
                player.summonerName(),
                clamped,
                player.team());
    }
}
