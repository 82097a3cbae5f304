package gg.lanelight.app.live;

import gg.lanelight.app.client.ClientListener;
import gg.lanelight.app.client.LcuTrust;
import gg.lanelight.app.client.MalformedPayloadException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the game's Live Client Data API ({@code https://127.0.0.1:<port>/liveclientdata/allgamedata}) while the
 * gameflow phase is GameStart, InProgress or Reconnect, at most once per interval. Reports to a {@link ClientListener}
 * on its own thread ("lanelight-live"), in order: {@code liveGameChanged} only when the game differs from the previous
 * poll's, {@code liveGameUnavailable} when the reason changes, {@code clientFault} for an unreadable body. The last
 * game seen stays available after polling stops. Thread-safe.
 */
public final class LiveClientPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveClientPoller.class);

    /** The port the game serves the API on. */
    public static final int DEFAULT_PORT = 2999;

    /** The shortest interval the app may poll at: the game computes the data for every request. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    /** The gameflow phases in which a game process runs. */
    public static final Set<String> GAME_PHASES = Set.of("GameStart", "InProgress", "Reconnect");

    private volatile OkHttpClient http;
    private final int port;
    private final Duration interval;
    private final ClientListener listener;
    private final Request request;
    private final ScheduledExecutorService scheduler;

    private ScheduledFuture<?> polling;
    private int generation;
    private Object previousPoll;
    private volatile LiveGame lastGame;

    LiveClientPoller(OkHttpClient http, int port, Duration interval, ClientListener listener) {
        this.http = http;
        this.port = port;
        this.interval = interval;
        this.listener = listener;
        this.request = new Request.Builder()
                .url("https://127.0.0.1:" + port + "/liveclientdata/allgamedata")
                .get()
                .build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lanelight-live");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A poller with the client trust.
     *
     * @param port the API port, usually {@link #DEFAULT_PORT}
     * @param interval time between polls, at least {@link #MIN_INTERVAL}
     * @param listener receives the results on the poller's thread
     * @throws IllegalArgumentException when the interval is shorter than {@link #MIN_INTERVAL}
     */
    public static LiveClientPoller create(LcuTrust trust, int port, Duration interval, ClientListener listener) {
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("The live game poll interval must be at least 1 s, was " + interval);
        }
        return new LiveClientPoller(httpClientFor(trust), port, interval, listener);
    }

    static OkHttpClient httpClientFor(LcuTrust trust) {
        return trust.applyTo(new OkHttpClient.Builder())
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(3))
                .callTimeout(Duration.ofSeconds(4))
                .build();
    }

    /** Trusts {@code trust} from the next poll on (a restarted simulator's new CA); any thread. */
    public void trust(LcuTrust trust) {
        http = trust.applyTo(http.newBuilder()).build();
    }

    /** Starts or stops polling to match a gameflow phase (see {@link #GAME_PHASES}). */
    public void phaseChanged(String phase) {
        if (GAME_PHASES.contains(phase)) {
            start();
        } else {
            stop();
        }
    }

    /** Starts polling now, if not already polling. */
    public synchronized void start() {
        if (polling != null || scheduler.isShutdown()) {
            return;
        }
        int started = ++generation;
        previousPoll = null;
        polling = scheduler.scheduleWithFixedDelay(
                () -> pollOnce(started), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("Polling the Live Client Data API on port {} every {} ms", port, interval.toMillis());
    }

    /** Stops polling; a poll in flight reports nothing. The last game stays available. */
    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
            generation++;
            LOG.debug("Stopped polling the Live Client Data API");
        }
    }

    public synchronized boolean isPolling() {
        return polling != null;
    }

    /** The last game a poll returned, also after polling stopped; empty before the first. */
    public Optional<LiveGame> lastGame() {
        return Optional.ofNullable(lastGame);
    }

    @Override
    public void close() {
        stop();
        scheduler.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private void pollOnce(int pollGeneration) {
        Object result = fetch();
        synchronized (this) {
            if (pollGeneration != generation || Objects.equals(result, previousPoll)) {
                return;
            }
            previousPoll = result;
            report(result);
        }
    }

    /** One poll: a {@link LiveGame}, an {@link Unavailable} reason or a {@link Fault}. */
    private Object fetch() {
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 404) {
                return new Unavailable("The game is loading: the Live Client Data API answered 404 (not ready yet).");
            }
            if (!response.isSuccessful()) {
                return new Unavailable("The game's Live Client Data API answered HTTP " + response.code()
                        + "; Lanelight keeps checking.");
            }
            return LiveClientData.parseAllGameData(response.body().string());
        } catch (MalformedPayloadException e) {
            return new Fault(e.getMessage());
        } catch (IOException e) {
            return new Unavailable(describe(e));
        }
    }

    private String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "No game is running yet: nothing answers on port " + port + ". Lanelight checks again every "
                    + interval.toSeconds() + " s.";
        }
        if (e instanceof SSLException) {
            return "The game's Live Client Data API on port " + port + " is not trusted (" + e.getMessage() + ")."
                    + " A real game is signed by Riot's CA; for the simulator pass its CA with --trust-ca.";
        }
        return "The game is starting: the Live Client Data API did not answer (" + e.getMessage() + ").";
    }

    private void report(Object result) {
        try {
            if (result instanceof LiveGame) {
                lastGame = (LiveGame) result;
                listener.liveGameChanged(lastGame);
            } else if (result instanceof Unavailable) {
                listener.liveGameUnavailable(((Unavailable) result).reason());
            } else {
                LOG.warn("{}", ((Fault) result).message());
                listener.clientFault(((Fault) result).message());
            }
        } catch (RuntimeException e) {
            LOG.warn("A live game listener failed; polling goes on", e);
        }
    }

    private record Unavailable(String reason) {}

    private record Fault(String message) {}
}
