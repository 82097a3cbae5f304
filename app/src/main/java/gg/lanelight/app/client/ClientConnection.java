package gg.lanelight.app.client;

import gg.lanelight.app.live.LiveClientPoller;
import gg.lanelight.app.live.LiveGame;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to the League client, from finding it to following it and finding it again after a restart.
 *
 * <p>Lifecycle: SEARCHING (the {@link ClientLocator} runs every second) → CONNECTED (REST answers and the event socket
 * is subscribed; the current summoner, the phase and, in champion select, the session are read right away so nothing
 * is missed) → events → LOST when the socket closes or the client stops answering → SEARCHING again. A client restarted
 * with a new port and token is found and reconnected by itself. While the phase is GameStart, InProgress or Reconnect,
 * the game's Live Client Data API is polled once a second.
 *
 * <p>Threads: all work runs on the connection's own daemon threads ("lanelight-client", "lanelight-live"), never on the
 * JavaFX thread. Every {@link ClientListener} call arrives on the "lanelight-client" thread, one at a time, in order;
 * a listener that touches the UI hops to the JavaFX thread itself. The getters are safe from any thread.
 *
 * <p>Wiring, as the app does it:
 *
 * <pre>{@code
 * ClientConnection connection = ClientConnection.builder()
 *         .listener(myListener)                        // required
 *         .extraTrustedCa(Path.of("sim-ca.pem"))       // only for the simulator (demo, tests)
 *         .livePort(2999)                              // optional, default 2999
 *         .installDirectoryHint(Path.of("C:/Games/League of Legends")) // optional
 *         .build();                                    // throws LcuException for an unreadable CA file
 * connection.start();
 * // … later, off the JavaFX thread:
 * connection.rest().ifPresent(rest -> rest.rankedStats(puuid));
 * connection.close();
 * }</pre>
 */
public final class ClientConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);

    static final String PHASE_URI = "/lol-gameflow/v1/gameflow-phase";
    static final String CHAMP_SELECT_URI = "/lol-champ-select/v1/session";
    static final String GAMEFLOW_SESSION_URI = "/lol-gameflow/v1/session";
    static final String SUMMONER_URI = "/lol-summoner/v1/current-summoner";
    static final List<String> FOLLOWED_URIS = List.of(PHASE_URI, CHAMP_SELECT_URI, GAMEFLOW_SESSION_URI, SUMMONER_URI);

    private static final String CHAMP_SELECT = "ChampSelect";
    private static final Duration SOCKET_OPEN_TIMEOUT = Duration.ofSeconds(5);

    /** A client that starts up refuses for a few seconds; only a longer search is worth showing bad lockfiles. */
    static final Duration PROBLEMS_SHOWN_AFTER = Duration.ofSeconds(10);

    private final ClientLocator locator;
    private final ExtraCaFile extraCaFile;
    // Replaced (on the worker thread) when the --trust-ca file holds a new CA; volatile for close() on any thread.
    private volatile OkHttpClient http;
    private final ClientListener listener;
    private final LiveClientPoller livePoller;
    private final Duration searchInterval;
    private final Duration problemsShownAfter;
    private volatile long searchingSince = System.nanoTime();
    private final ScheduledExecutorService worker;

    // Written only on the worker thread; volatile so the getters see them from any thread.
    private volatile Connected current;
    private volatile ConnectionStatus status = new ConnectionStatus(ConnectionStatus.State.SEARCHING, "Not started.");
    private volatile String phase = "";
    private volatile CurrentSummoner summoner;
    private volatile ChampSelectSession champSelect;
    private volatile GameflowSession gameflowSession;
    private ScheduledFuture<?> searching;
    private final Set<String> loggedFinds = new HashSet<>();
    private final Set<String> warnedFailures = new HashSet<>();

    private ClientConnection(Builder builder, LcuTrust trust) {
        this.locator = builder.locator != null
                ? builder.locator
                : ClientLocator.create(builder.searchProcesses, builder.installDirectoryHint);
        this.http = LcuRestClient.httpClientFor(trust);
        this.extraCaFile = new ExtraCaFile(builder.extraTrustedCa);
        this.listener = new GuardedListener(builder.listener);
        this.searchInterval = builder.searchInterval;
        this.problemsShownAfter = builder.problemsShownAfter;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lanelight-client");
            thread.setDaemon(true);
            return thread;
        });
        this.livePoller =
                LiveClientPoller.create(trust, builder.livePort, builder.livePollInterval, new LiveForwarder());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts looking for the client; returns at once. Call once. */
    public void start() {
        worker.execute(() -> {
            report(ConnectionStatus.State.SEARCHING, "Looking for the League client…");
            startSearching();
        });
    }

    /** Disconnects and stops every thread; waits at most two seconds. Safe to call more than once. */
    @Override
    public void close() {
        if (worker.isShutdown()) {
            return;
        }
        try {
            worker.submit(this::disconnectQuietly).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The client connection did not close cleanly: {}", e.toString());
        }
        livePoller.close();
        worker.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** The latest status; never null. */
    public ConnectionStatus status() {
        return status;
    }

    /** The latest gameflow phase; empty while not connected or before the first read. */
    public String phase() {
        return phase;
    }

    public Optional<CurrentSummoner> currentSummoner() {
        return Optional.ofNullable(summoner);
    }

    /** The champion-select session while in champion select. */
    public Optional<ChampSelectSession> champSelectSession() {
        return Optional.ofNullable(champSelect);
    }

    public Optional<GameflowSession> gameflowSession() {
        return Optional.ofNullable(gameflowSession);
    }

    /** The last live game seen, kept after the game or the client went away. */
    public Optional<LiveGame> lastLiveGame() {
        return livePoller.lastGame();
    }

    /**
     * The REST client of the connected client, for calls such as ranked stats or rune pages; empty while not
     * connected. Its calls block: make them off the JavaFX thread.
     */
    public Optional<LcuRestClient> rest() {
        Connected connected = current;
        return connected == null ? Optional.empty() : Optional.of(connected.rest);
    }

    private void startSearching() {
        if (searching == null && !worker.isShutdown()) {
            searchingSince = System.nanoTime();
            searching = worker.scheduleWithFixedDelay(
                    this::searchOnce, 0, searchInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void stopSearching() {
        if (searching != null) {
            searching.cancel(false);
            searching = null;
        }
    }

    private void searchOnce() {
        if (current != null) {
            return;
        }
        try {
            trustTheCurrentExtraCa();
            List<String> problems = new ArrayList<>();
            List<ClientCredentials> found = locator.locateAll(problems);
            List<String> failures = new ArrayList<>();
            for (ClientCredentials candidate : found) {
                if (connect(candidate, failures)) {
                    return;
                }
            }
            reportSearching(searchingMessage(found, failures, problems));
        } catch (RuntimeException e) {
            LOG.warn("Looking for the League client failed; trying again", e);
        }
    }

    /** A restarted simulator may have written a new CA to the --trust-ca path: new connections trust that one. */
    private void trustTheCurrentExtraCa() {
        extraCaFile.changedTrust().ifPresent(trust -> {
            http = trust.applyTo(http.newBuilder()).build();
            livePoller.trust(trust);
        });
    }

    /**
     * Why no client is connected: where the locator looked when it found none; else why each one found failed, plus,
     * once the search has lasted {@link #PROBLEMS_SHOWN_AFTER}, the bad lockfiles it met on the way.
     */
    private String searchingMessage(List<ClientCredentials> found, List<String> failures, List<String> problems) {
        if (found.isEmpty()) {
            return locator.notFound(problems).getMessage();
        }
        boolean longSearch = System.nanoTime() - searchingSince >= problemsShownAfter.toNanos();
        List<String> shown = new ArrayList<>(failures);
        if (longSearch) {
            shown.addAll(problems);
        }
        return String.join(" ", shown);
    }

    /** Tries one client; true when connected, else the reason is added to {@code failures}. */
    private boolean connect(ClientCredentials credentials, List<String> failures) {
        logFound(credentials);
        LcuRestClient rest = new LcuRestClient(credentials, http);
        Connected connected = new Connected(rest);
        try {
            rest.gameflowPhase();
            connected.socket.open(SOCKET_OPEN_TIMEOUT);
        } catch (LcuException e) {
            connected.socket.close();
            String failure = "Found the League client on port " + credentials.port() + ", but "
                    + (e.untrusted() ? "Lanelight does not trust it: " : "it does not answer yet: ") + e.getMessage();
            failures.add(failure);
            if (warnedFailures.add(credentials.port() + "/" + credentials.pid())) {
                LOG.warn("{}", failure);
            }
            return false;
        }
        current = connected;
        stopSearching();
        loggedFinds.clear();
        warnedFailures.clear();
        LOG.info("Connected to the League client on port {}", credentials.port());
        report(ConnectionStatus.State.CONNECTED, "Connected to the League client.");
        readCurrentState(connected);
        return true;
    }

    /**
     * Reads what events would not repeat: who is logged in, the phase and, in champion select, the lobby. Known
     * limitation: an event queued while these reads run is applied after them, so for one event the lobby can show a
     * state a moment older than the read one, until the client's next update.
     */
    private void readCurrentState(Connected connected) {
        try {
            connected.rest.currentSummoner().ifPresent(this::updateSummoner);
            updateGameflowSession(connected.rest.gameflowSession().orElse(null));
            updatePhase(connected.rest.gameflowPhase());
            if (CHAMP_SELECT.equals(phase)) {
                updateChampSelect(connected.rest.champSelectSession().orElse(null));
            }
        } catch (LcuException e) {
            restFailed(connected, e);
        }
    }

    private void restFailed(Connected connected, LcuException e) {
        if (e.clientUnreachable()) {
            lose(connected, e.getMessage());
        } else {
            fault(e.getMessage());
        }
    }

    private void lose(Connected connected, String reason) {
        if (connected != current) {
            return;
        }
        current = null;
        connected.socket.close();
        // Known limitation: live polling stops with the client and resumes only after reconnecting, so a game that
        // outlives a crashed client shows its last state (kept in lastLiveGame) until the client is back.
        livePoller.stop();
        phase = "";
        LOG.info("Lost the League client: {}", reason);
        report(ConnectionStatus.State.LOST, "Lost the League client (" + reason + "). Looking for it again…");
        startSearching();
    }

    private void disconnectQuietly() {
        stopSearching();
        Connected connected = current;
        current = null;
        if (connected != null) {
            connected.socket.close();
        }
    }

    private void handle(Connected connected, LcuEvent event) {
        if (connected != current) {
            return;
        }
        try {
            dispatch(event);
        } catch (MalformedPayloadException e) {
            fault(e.getMessage());
        }
    }

    private void dispatch(LcuEvent event) throws MalformedPayloadException {
        switch (event.uri()) {
            case PHASE_URI:
                updatePhase(phaseOf(event));
                break;
            case CHAMP_SELECT_URI:
                updateChampSelect(event.isDelete() ? null : event.dataAs(ChampSelectSession.class));
                break;
            case GAMEFLOW_SESSION_URI:
                updateGameflowSession(event.isDelete() ? null : event.dataAs(GameflowSession.class));
                break;
            case SUMMONER_URI:
                if (!event.isDelete()) {
                    updateSummoner(event.dataAs(CurrentSummoner.class));
                }
                break;
            default:
                LOG.debug("Ignored an event for {}", event.uri());
        }
    }

    private static String phaseOf(LcuEvent event) throws MalformedPayloadException {
        if (event.data() == null || !event.data().isTextual()) {
            throw new MalformedPayloadException(
                    "The League client sent a gameflow phase that is not a text (" + event.data()
                            + "); Lanelight kept the previous phase.",
                    null);
        }
        return event.data().asText();
    }

    private void updatePhase(String newPhase) {
        if (newPhase.equals(phase)) {
            return;
        }
        phase = newPhase;
        LOG.info("Gameflow phase: {}", newPhase);
        listener.phaseChanged(newPhase);
        livePoller.phaseChanged(newPhase);
        if (!CHAMP_SELECT.equals(newPhase)) {
            updateChampSelect(null);
        }
    }

    private void updateChampSelect(ChampSelectSession session) {
        if (Objects.equals(session, champSelect)) {
            return;
        }
        champSelect = session;
        listener.champSelectChanged(session);
    }

    private void updateGameflowSession(GameflowSession session) {
        if (Objects.equals(session, gameflowSession)) {
            return;
        }
        gameflowSession = session;
        listener.gameflowSessionChanged(session);
    }

    private void updateSummoner(CurrentSummoner newSummoner) {
        if (newSummoner.equals(summoner)) {
            return;
        }
        summoner = newSummoner;
        LOG.info("Logged-in player: {}", newSummoner.riotId());
        listener.summonerChanged(newSummoner);
    }

    private void fault(String message) {
        LOG.warn("{}", message);
        listener.clientFault(message);
    }

    private void report(ConnectionStatus.State state, String message) {
        status = new ConnectionStatus(state, message);
        listener.connectionChanged(status);
    }

    /** A new SEARCHING status only when the reason changed, so the UI is not told the same thing every second. */
    private void reportSearching(String message) {
        if (status.state() != ConnectionStatus.State.SEARCHING || !message.equals(status.message())) {
            LOG.debug("{}", message);
            report(ConnectionStatus.State.SEARCHING, message);
        }
    }

    /** Logs each client found once per search, not every second while it does not answer. */
    private void logFound(ClientCredentials credentials) {
        if (loggedFinds.add(credentials.port() + "/" + credentials.pid())) {
            LOG.info(
                    "League client found: port {}, pid {}, from {}",
                    credentials.port(),
                    credentials.pid(),
                    credentials.source());
        }
    }

    /** One connected client instance: its REST client and its event socket. */
    private final class Connected implements LcuEventSocket.Listener {
        final LcuRestClient rest;
        final LcuEventSocket socket;

        Connected(LcuRestClient rest) {
            this.rest = rest;
            this.socket = new LcuEventSocket(http, rest, FOLLOWED_URIS, this);
        }

        @Override
        public void onEvent(LcuEvent event) {
            worker.execute(() -> handle(this, event));
        }

        @Override
        public void onMalformedFrame(String message) {
            worker.execute(() -> {
                if (this == current) {
                    fault(message);
                }
            });
        }

        @Override
        public void onClosed(String reason) {
            worker.execute(() -> lose(this, reason));
        }
    }

    /** Moves the live poller's reports onto the connection's thread, so the listener hears everything in order. */
    private final class LiveForwarder implements ClientListener {
        @Override
        public void liveGameChanged(LiveGame game) {
            worker.execute(() -> listener.liveGameChanged(game));
        }

        @Override
        public void liveGameUnavailable(String reason) {
            worker.execute(() -> listener.liveGameUnavailable(reason));
        }

        @Override
        public void clientFault(String message) {
            worker.execute(() -> listener.clientFault(message));
        }
    }

    /** Configures a {@link ClientConnection}; only the listener is required. Not thread-safe. */
    public static final class Builder {
        private ClientListener listener;
        private Path extraTrustedCa;
        private Path installDirectoryHint;
        private int livePort = LiveClientPoller.DEFAULT_PORT;
        private boolean searchProcesses = true;
        private Duration searchInterval = Duration.ofSeconds(1);
        private Duration problemsShownAfter = PROBLEMS_SHOWN_AFTER;
        private Duration livePollInterval = LiveClientPoller.MIN_INTERVAL;
        private ClientLocator locator;

        private Builder() {}

        /** Receives every report, on the connection's thread; required. */
        public Builder listener(ClientListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * A PEM file with one more CA to trust besides Riot's, e.g. the simulator's; null for none (default). It is
         * read again before each search for the client, so a restarted simulator's new CA is trusted.
         */
        public Builder extraTrustedCa(Path pemFile) {
            this.extraTrustedCa = pemFile;
            return this;
        }

        /** The Live Client Data API port; default 2999. */
        public Builder livePort(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The live port must be 1..65535, was " + port);
            }
            this.livePort = port;
            return this;
        }

        /** An install directory to look for the lockfile in before the OS defaults; null for none (default). */
        public Builder installDirectoryHint(Path directory) {
            this.installDirectoryHint = directory;
            return this;
        }

        /** Whether to read process command lines to find the client (default true); false uses lockfiles only. */
        public Builder searchProcesses(boolean search) {
            this.searchProcesses = search;
            return this;
        }

        /** Time between Live Client Data polls; at least 1 s (the default). */
        public Builder livePollInterval(Duration interval) {
            if (interval.compareTo(LiveClientPoller.MIN_INTERVAL) < 0) {
                throw new IllegalArgumentException("The live poll interval must be at least 1 s, was " + interval);
            }
            this.livePollInterval = interval;
            return this;
        }

        /** Time between searches for the client; tests shorten it, the app keeps the default of 1 s. */
        Builder searchInterval(Duration interval) {
            this.searchInterval = interval;
            return this;
        }

        /** How long a search that finds clients but none that answers runs before bad lockfiles are shown too. */
        Builder problemsShownAfter(Duration delay) {
            this.problemsShownAfter = delay;
            return this;
        }

        /** A locator in place of the one built from the process and install-directory options; for tests. */
        Builder locator(ClientLocator locator) {
            this.locator = locator;
            return this;
        }

        /**
         * @throws LcuException when the extra CA file cannot be read or Riot's CA is missing from the application
         * @throws NullPointerException when no listener was set
         */
        public ClientConnection build() throws LcuException {
            Objects.requireNonNull(listener, "listener is required");
            return new ClientConnection(this, LcuTrust.create(extraTrustedCa));
        }
    }
}
