package gg.lanelight.app.session;

import gg.lanelight.app.live.LiveGame;
import gg.lanelight.app.overlay.InGameFacts;
import gg.lanelight.app.overlay.InGameView;
import gg.lanelight.app.overlay.InGameViews;
import gg.lanelight.app.session.ClientQueries.GameflowFacts;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live game at a time: the latest Live Client payload, the gameflow session's puuids and the ranks asked for
 * them. State thread only.
 */
final class GameTracker {

    private static final Logger LOG = LoggerFactory.getLogger(GameTracker.class);
    private static final int GAMEFLOW_ATTEMPTS = 3;

    private final SessionThreads threads;
    private final Supplier<ClientQueries> client;
    private final RankBook ranks;
    private final InGameViews views;
    private final Consumer<InGameView> publish;
    private final ImpossibleNumbers impossibleNumbers = new ImpossibleNumbers();

    private long gameNumber;
    private boolean started;
    private LiveGame lastGame;
    private Instant startedAt;
    private Optional<GameflowFacts> gameflow = Optional.empty();
    private int gameflowAttempts;
    private boolean gameflowAsked;
    private String notice = "";

    GameTracker(
            SessionThreads threads,
            Supplier<ClientQueries> client,
            RankBook ranks,
            InGameViews views,
            Consumer<InGameView> publish) {
        this.threads = threads;
        this.client = client;
        this.ranks = ranks;
        this.views = views;
        this.publish = publish;
    }

    /** The game is starting (phase GameStart, InProgress or Reconnect): look up who plays. */
    void starting() {
        if (!started) {
            started = true;
            gameNumber++;
        }
        askForGameflow();
    }

    boolean started() {
        return started;
    }

    Optional<LiveGame> lastGame() {
        return Optional.ofNullable(lastGame);
    }

    /** When the game began by the wall clock: first payload's arrival minus its game time. */
    Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    Optional<GameflowFacts> gameflow() {
        return gameflow;
    }

    void update(LiveGame game) {
        starting();
        if (startedAt == null && game.gameData() != null) {
            startedAt = Instant.now().minusMillis((long) (game.gameData().gameTime() * 1000));
        }
        lastGame = impossibleNumbers.sound(game, gameNumber);
        publish();
    }

    /** Shows a line on the overlay, e.g. that the client vanished. */
    void notice(String text) {
        notice = text;
        if (lastGame != null) {
            publish();
        }
    }

    /** The game's history row is saved (or there was none): the next game starts from nothing. */
    void reset() {
        started = false;
        lastGame = null;
        startedAt = null;
        gameflow = Optional.empty();
        gameflowAsked = false;
        gameflowAttempts = 0;
        notice = "";
    }

    private void askForGameflow() {
        if (gameflowAsked || gameflowAttempts >= GAMEFLOW_ATTEMPTS) {
            return;
        }
        gameflowAsked = true;
        gameflowAttempts++;
        long game = gameNumber;
        ClientQueries queries = client.get();
        threads.lookup(() -> fetchGameflow(queries, game));
    }

    private void fetchGameflow(ClientQueries queries, long game) {
        try {
            Optional<GameflowFacts> facts = queries.gameflow();
            threads.onState(() -> applyGameflow(game, facts));
        } catch (IOException | RuntimeException e) {
            LOG.warn("No gameflow session, the scoreboard shows no ranks: {}", e.getMessage());
            threads.onState(() -> {
                if (game == gameNumber) {
                    gameflowAsked = false;
                }
            });
        }
    }

    private void applyGameflow(long game, Optional<GameflowFacts> facts) {
        if (game != gameNumber) {
            return;
        }
        gameflow = facts;
        facts.ifPresent(f -> ranks.request(f.puuidsByChampion().values(), this::publishIfShown));
        publishIfShown();
    }

    private void publishIfShown() {
        if (lastGame != null) {
            publish();
        }
    }

    private void publish() {
        Map<Integer, String> puuids =
                gameflow.map(GameflowFacts::puuidsByChampion).orElse(Map.of());
        InGameFacts facts = new InGameFacts(lastGame, puuids, ranks.ranks(), ranks.failed(), notice);
        publish.accept(views.view(facts));
    }
}
