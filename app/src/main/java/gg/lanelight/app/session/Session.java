package gg.lanelight.app.session;

import gg.lanelight.app.client.ChampSelectSession;
import gg.lanelight.app.client.ClientListener;
import gg.lanelight.app.client.ConnectionStatus;
import gg.lanelight.app.client.CurrentSummoner;
import gg.lanelight.app.history.HistoryException;
import gg.lanelight.app.history.HistoryStore;
import gg.lanelight.app.history.MatchRecord;
import gg.lanelight.app.live.LiveGame;
import gg.lanelight.app.overlay.ChampSelectViews;
import gg.lanelight.app.overlay.InGameViews;
import gg.lanelight.app.staticdata.StaticData;
import gg.lanelight.app.stats.StatsClient;
import gg.lanelight.app.stats.StatsException;
import gg.lanelight.app.trace.TraceRecorder;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's presenter: turns what the League client reports into what the player sees, and saves each finished game.
 * Listener calls arrive on client threads and are moved to the session's own state thread; view models are computed
 * there and handed to the {@link SessionView}, which hops to the JavaFX thread. Lookups (stats service, ranks,
 * history) run on a small pool, so no client thread and never the JavaFX thread waits for them.
 */
public final class Session implements ClientListener, AutoCloseable {

    /** How many stored games the main window lists. */
    public static final int HISTORY_ROWS = 50;

    static final Set<String> GAME_PHASES = Set.of("GameStart", "InProgress", "Reconnect");
    static final Set<String> END_PHASES = Set.of("WaitingForStats", "PreEndOfGame", "EndOfGame");

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final SessionThreads threads = new SessionThreads();
    private final SessionView view;
    private final Optional<HistoryStore> history;
    private final TraceRecorder trace;
    private final boolean exitWhenDone;
    private final FinishedGames finishedGames;
    private final RankBook ranks;
    private final ChampSelectTracker champSelect;
    private final GameTracker game;

    private volatile ClientQueries client = ClientQueries.NOT_CONNECTED;
    private String phase = "";
    private CurrentSummoner summoner;
    private boolean statsReachable = true;
    /** A row from the live numbers is saved (at the first end phase). */
    private boolean savedLive;
    /** The game's last row is saved (at EndOfGame, or incomplete when the client vanished). */
    private boolean savedFinal;

    private boolean done;

    /**
     * @param history the opened store, or empty when it could not be opened (games are then not saved, and the
     *     player was told why)
     */
    public Session(
            SessionView view,
            StatsClient stats,
            StaticData staticData,
            Optional<HistoryStore> history,
            TraceRecorder trace,
            boolean exitWhenDone) {
        this.view = view;
        this.history = history;
        this.trace = trace;
        this.exitWhenDone = exitWhenDone;
        this.finishedGames = new FinishedGames(staticData);
        this.ranks = new RankBook(threads, () -> client);
        this.champSelect = new ChampSelectTracker(
                threads,
                stats,
                ranks,
                new ChampSelectViews(staticData),
                view::showChampSelect,
                this::statsFailed,
                () -> statsReachable = true,
                System::currentTimeMillis);
        this.game = new GameTracker(
                threads, () -> client, ranks, new InGameViews(staticData), v -> view.showInGame(v, phase));
    }

    /** The client's REST side, once connected; any thread. */
    public void useClient(ClientQueries queries) {
        client = queries;
    }

    /** Loads the stored history into the main window (in the background). */
    public void loadHistory() {
        threads.store(this::showStoredHistory);
    }

    @Override
    public void connectionChanged(ConnectionStatus status) {
        threads.onState(() -> {
            trace.record(
                    TraceRecorder.CLIENT_EVENT,
                    "connection",
                    Map.of("state", status.state(), "message", status.message()));
            view.showConnection(status);
            if (status.state() == ConnectionStatus.State.LOST) {
                champSelect.update(null);
                view.hideChampSelect();
                clientLost();
            }
        });
    }

    @Override
    public void summonerChanged(CurrentSummoner current) {
        threads.onState(() -> {
            trace.record(TraceRecorder.CLIENT_EVENT, "summoner", Map.of("riotId", current.riotId()));
            summoner = current;
            champSelect.localRiotId(current.riotId());
        });
    }

    @Override
    public void phaseChanged(String next) {
        threads.onState(() -> applyPhase(next));
    }

    @Override
    public void champSelectChanged(ChampSelectSession session) {
        threads.onState(() -> {
            trace.record(TraceRecorder.CLIENT_EVENT, "champ-select", champSelectSummary(session));
            champSelect.update(session);
            if (session == null) {
                view.hideChampSelect();
            }
        });
    }

    @Override
    public void liveGameChanged(LiveGame live) {
        threads.onState(() -> {
            trace.record(TraceRecorder.CLIENT_EVENT, "live-game", liveGameSummary(live));
            if (!savedLive && !savedFinal) {
                game.update(live);
            }
        });
    }

    @Override
    public void liveGameUnavailable(String reason) {
        threads.onState(
                () -> trace.record(TraceRecorder.CLIENT_EVENT, "live-game-unavailable", Map.of("reason", reason)));
    }

    @Override
    public void clientFault(String message) {
        threads.onState(() -> view.showFault(message));
    }

    @Override
    public void close() {
        threads.close();
    }

    private void applyPhase(String next) {
        trace.record(TraceRecorder.CLIENT_EVENT, "phase", Map.of("phase", next));
        LOG.debug("Gameflow phase {}", next);
        phase = next;
        view.showPhase(next);

        if (GAME_PHASES.contains(next)) {
            view.hideChampSelect();
            if (!savedLive && !savedFinal) {
                game.starting();
            }
        } else if (END_PHASES.contains(next)) {
            view.hideChampSelect();
            view.hideInGame();
            gameEnded("EndOfGame".equals(next));
        } else if (!"ChampSelect".equals(next)) {
            view.hideChampSelect();
            view.hideInGame();
            newGameMayStart();
        }
    }

    /** Leaving the end screens: the next game starts fresh. */
    private void newGameMayStart() {
        if (savedLive || savedFinal) {
            finishIfAsked();
        }
        savedLive = false;
        savedFinal = false;
        game.reset();
    }

    /**
     * The first end phase saves the game, EndOfGame saves it again; both prefer the LCU match history's numbers when
     * it lists the game already (a client may close right after EndOfGame, before a later request could be made).
     */
    private void gameEnded(boolean endOfGame) {
        if (!game.started() || savedFinal || savedLive && !endOfGame) {
            return;
        }
        Optional<MatchRecord> live = liveRecord();
        if (live.isEmpty()) {
            LOG.warn("The game ended before any live data arrived, so there is nothing to save");
            return;
        }
        savedLive = true;
        savedFinal = endOfGame;
        MatchRecord record = live.get();
        threads.store(() -> save(record, true, endOfGame));
    }

    private void clientLost() {
        if (!game.started() || savedFinal) {
            return;
        }
        savedFinal = true;
        if (savedLive) {
            finishIfAsked();
            return;
        }
        Optional<MatchRecord> record = liveRecord();
        String message = "The League client closed during the game. " + whatWasSaved(record.isPresent())
                + "; start the client again to keep going.";
        view.showFault(message);
        game.notice(message);
        record.ifPresentOrElse(
                last -> threads.store(() -> save(FinishedGames.incomplete(last), false, true)), this::finishIfAsked);
    }

    private String whatWasSaved(boolean liveDataArrived) {
        if (!liveDataArrived) {
            return "No live data had arrived, so nothing was saved";
        }
        return history.isPresent()
                ? "Lanelight saved the last numbers it saw, marked as incomplete"
                : "The match history is not open, so its last numbers were not saved";
    }

    private Optional<MatchRecord> liveRecord() {
        return game.lastGame()
                .map(last -> finishedGames.fromLiveGame(
                        last,
                        summoner == null ? "" : summoner.puuid(),
                        summoner == null ? "" : summoner.riotId(),
                        champSelect.lastLocalPlayer(),
                        game.gameflow(),
                        game.startedAt().orElse(Instant.now())));
    }

    /** History thread: prefers the LCU match history's numbers, saves, then shows the refreshed table. */
    private void save(MatchRecord live, boolean askHistory, boolean last) {
        MatchRecord identified = live.gameId() == 0 ? withGameflow(live) : live;
        MatchRecord record = askHistory ? withLcuHistory(identified) : identified;
        if (history.isEmpty()) {
            threads.onState(this::finishIfAsked);
            return;
        }
        try {
            history.get().save(record);
            LOG.info("Saved game {} to the history (complete: {})", record.gameId(), record.complete());
            trace.record(TraceRecorder.HISTORY_SAVED, "history", matchData(record));
            view.showHistory(history.get().recent(HISTORY_ROWS));
        } catch (HistoryException e) {
            view.showFault(e.getMessage());
        }
        if (last) {
            threads.onState(this::finishIfAsked);
        }
    }

    /** The gameflow answer asked at game start may not have arrived yet (or failed): ask once more now. */
    private MatchRecord withGameflow(MatchRecord live) {
        try {
            return client.gameflow()
                    .map(facts -> FinishedGames.withGame(live, facts.gameId(), facts.queueId()))
                    .orElse(live);
        } catch (IOException | RuntimeException e) {
            LOG.warn("No gameflow session, saving the game without its id: {}", e.getMessage());
            return live;
        }
    }

    private MatchRecord withLcuHistory(MatchRecord live) {
        if (live.gameId() == 0 || live.puuid().isEmpty()) {
            return live;
        }
        try {
            return client.finishedGame(live.puuid(), live.gameId())
                    .map(finished -> FinishedGames.withHistory(live, finished))
                    .orElse(live);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Match history unavailable, saving the live numbers: {}", e.getMessage());
            return live;
        }
    }

    private void finishIfAsked() {
        if (exitWhenDone && !done) {
            done = true;
            view.finished();
        }
    }

    private void showStoredHistory() {
        if (history.isEmpty()) {
            return;
        }
        try {
            view.showHistory(history.get().recent(HISTORY_ROWS));
        } catch (HistoryException e) {
            view.showFault(e.getMessage());
        }
    }

    /** Tells the player once per outage (an answer ends it); the overlay line stays while it lasts. */
    private void statsFailed(StatsException e) {
        LOG.warn("Stats service call failed: {}", e.getMessage());
        if (statsReachable) {
            statsReachable = false;
            view.showFault(e.getMessage());
        }
    }

    /** Every field of the row, with the time as ISO-8601 text. */
    public static Map<String, Object> matchData(MatchRecord match) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gameId", match.gameId());
        data.put("puuid", match.puuid());
        data.put("playedAt", match.playedAt().toString());
        data.put("queueId", match.queueId());
        data.put("riotId", match.riotId());
        data.put("championId", match.championId());
        data.put("role", match.role());
        data.put("win", match.win());
        data.put("kills", match.kills());
        data.put("deaths", match.deaths());
        data.put("assists", match.assists());
        data.put("creepScore", match.creepScore());
        data.put("goldEarned", match.goldEarned());
        data.put("durationSeconds", match.durationSeconds());
        data.put("complete", match.complete());
        return data;
    }

    private static Map<String, Object> champSelectSummary(ChampSelectSession session) {
        if (session == null) {
            return Map.of("ended", true);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gameId", session.gameId());
        data.put("timerPhase", session.timer() == null ? "" : session.timer().phase());
        data.put(
                "localChampionId",
                session.localPlayer().map(p -> p.shownChampionId()).orElse(0));
        data.put("allies", session.myTeam().size());
        return data;
    }

    private static Map<String, Object> liveGameSummary(LiveGame live) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gameTime", live.gameData() == null ? 0 : live.gameData().gameTime());
        data.put("events", live.events().list().size());
        data.put("players", live.allPlayers().size());
        return data;
    }
}
