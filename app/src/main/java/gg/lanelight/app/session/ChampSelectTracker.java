package gg.lanelight.app.session;

import gg.lanelight.app.client.ChampSelectPlayer;
import gg.lanelight.app.client.ChampSelectSession;
import gg.lanelight.app.overlay.ChampSelectFacts;
import gg.lanelight.app.overlay.ChampSelectFacts.Answer;
import gg.lanelight.app.overlay.ChampSelectView;
import gg.lanelight.app.overlay.ChampSelectViews;
import gg.lanelight.app.stats.ChampionBuild;
import gg.lanelight.app.stats.LobbySummaries;
import gg.lanelight.app.stats.PlayerSummary;
import gg.lanelight.app.stats.StatsClient;
import gg.lanelight.app.stats.StatsException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One champion select at a time: the latest session, and the build and lobby answers asked for it. Every answer is
 * tagged with the champion select (and champion and role) it was asked for; answers for an earlier select or an
 * earlier pick are dropped. State thread only.
 */
final class ChampSelectTracker {

    /** After the service failed, ask again on the next event once this much time has passed. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    /**
     * After a failed lookup, ask again on its own (no event needed) after 1 s, 2 s, 4 s, then every 8 s, at most
     * {@link #AUTOMATIC_RETRIES} times per lookup: a champion select lasts seconds, so one slow reply must not leave
     * the player without a build for the rest of it.
     */
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    static final Duration LONGEST_RETRY = Duration.ofSeconds(8);
    static final int AUTOMATIC_RETRIES = 6;

    private final SessionThreads threads;
    private final StatsClient stats;
    private final RankBook ranks;
    private final ChampSelectViews views;
    private final Consumer<ChampSelectView> publish;
    private final Consumer<StatsException> statsFailed;
    private final Runnable statsAnswered;
    private final LongSupplier nowMillis;

    private long selectNumber;
    private ChampSelectSession session;
    private Optional<ChampSelectPlayer> lastLocalPlayer = Optional.empty();
    private String localRiotId = "";
    private Optional<BuildKey> askedBuild = Optional.empty();
    private Optional<ChampionBuild> build = Optional.empty();
    private Answer buildState = Answer.NOT_ASKED;
    private long buildFailedAt;
    private int buildRetries;
    private final Set<String> askedPlayers = new HashSet<>();
    private final Map<String, PlayerSummary> players = new HashMap<>();
    private final Set<String> unknownPlayers = new HashSet<>();
    private Answer lobbyState = Answer.NOT_ASKED;
    private long lobbyFailedAt;
    private int lobbyRetries;

    /** The champion and role a build was asked for. */
    private record BuildKey(int championId, String role) {}

    ChampSelectTracker(
            SessionThreads threads,
            StatsClient stats,
            RankBook ranks,
            ChampSelectViews views,
            Consumer<ChampSelectView> publish,
            Consumer<StatsException> statsFailed,
            Runnable statsAnswered,
            LongSupplier nowMillis) {
        this.threads = threads;
        this.stats = stats;
        this.ranks = ranks;
        this.views = views;
        this.publish = publish;
        this.statsFailed = statsFailed;
        this.statsAnswered = statsAnswered;
        this.nowMillis = nowMillis;
    }

    void localRiotId(String riotId) {
        localRiotId = riotId;
        if (session != null) {
            publish();
        }
    }

    boolean active() {
        return session != null;
    }

    /** The local player's cell as last seen in champion select (kept after it ends), for the history row. */
    Optional<ChampSelectPlayer> lastLocalPlayer() {
        return lastLocalPlayer;
    }

    /** A new session from the client; {@code null} ends champion select. */
    void update(ChampSelectSession next) {
        if (next == null) {
            session = null;
            return;
        }
        if (session == null || session.gameId() != next.gameId()) {
            startNewSelect();
        }
        session = next;
        lastLocalPlayer = next.localPlayer().or(() -> lastLocalPlayer);

        askForBuild();
        askForLobby();
        ranks.request(visiblePuuids(), this::publishIfActive);
        publish();
    }

    private void startNewSelect() {
        selectNumber++;
        lastLocalPlayer = Optional.empty();
        askedBuild = Optional.empty();
        build = Optional.empty();
        buildState = Answer.NOT_ASKED;
        buildRetries = 0;
        askedPlayers.clear();
        players.clear();
        unknownPlayers.clear();
        lobbyState = Answer.NOT_ASKED;
        lobbyRetries = 0;
        ranks.forgetFailures();
    }

    private void askForBuild() {
        Optional<BuildKey> wanted = session.localPlayer()
                .filter(p ->
                        p.shownChampionId() != 0 && !ChampSelectViews.role(p).isEmpty())
                .map(p -> new BuildKey(p.shownChampionId(), ChampSelectViews.role(p)));
        boolean changed = !wanted.equals(askedBuild);
        if (!changed && !retryDue(buildState, buildFailedAt)) {
            return;
        }
        if (changed) {
            buildRetries = 0;
        }
        askedBuild = wanted;
        build = Optional.empty();
        buildState = wanted.isPresent() ? Answer.PENDING : Answer.NOT_ASKED;
        wanted.ifPresent(key -> {
            long select = selectNumber;
            threads.lookup(() -> fetchBuild(select, key));
        });
    }

    private void fetchBuild(long select, BuildKey key) {
        try {
            ChampionBuild answer = stats.build(key.championId(), key.role());
            threads.onState(() -> {
                statsAnswered.run();
                applyBuild(select, key, Optional.of(answer), Answer.ANSWERED);
            });
        } catch (StatsException e) {
            threads.onState(() -> {
                applyBuild(select, key, Optional.empty(), answerFor(e));
                reportIfUnreachable(e);
                retryBuildLater(select, key);
            });
        }
    }

    private void applyBuild(long select, BuildKey key, Optional<ChampionBuild> answer, Answer state) {
        if (select != selectNumber || !askedBuild.equals(Optional.of(key))) {
            return;
        }
        build = answer;
        buildState = state;
        buildFailedAt = nowMillis.getAsLong();
        publishIfActive();
    }

    private void retryBuildLater(long select, BuildKey key) {
        if (!buildStillFailed(select, key) || buildRetries >= AUTOMATIC_RETRIES) {
            return;
        }
        threads.onStateAfter(retryDelay(buildRetries++), () -> {
            if (buildStillFailed(select, key)) {
                threads.lookup(() -> fetchBuild(select, key));
            }
        });
    }

    private boolean buildStillFailed(long select, BuildKey key) {
        return select == selectNumber
                && session != null
                && askedBuild.equals(Optional.of(key))
                && buildState == Answer.UNREACHABLE;
    }

    /** 1 s, 2 s, 4 s… for the retries made so far, never more than {@link #LONGEST_RETRY}. */
    static Duration retryDelay(int retriesSoFar) {
        long millis = FIRST_RETRY.toMillis() << Math.min(retriesSoFar, 16);
        return Duration.ofMillis(Math.min(millis, LONGEST_RETRY.toMillis()));
    }

    private void askForLobby() {
        List<String> visible = visiblePuuids();
        boolean newPlayers = !askedPlayers.containsAll(visible);
        if (visible.isEmpty() || !newPlayers && !retryDue(lobbyState, lobbyFailedAt)) {
            return;
        }
        askedPlayers.addAll(visible);
        lobbyState = Answer.PENDING;
        long select = selectNumber;
        threads.lookup(() -> fetchLobby(select, visible));
    }

    private void fetchLobby(long select, List<String> puuids) {
        try {
            LobbySummaries answer = stats.lobby(puuids);
            threads.onState(() -> {
                statsAnswered.run();
                applyLobby(select, answer);
            });
        } catch (StatsException e) {
            threads.onState(() -> {
                if (select == selectNumber) {
                    lobbyState = answerFor(e);
                    lobbyFailedAt = nowMillis.getAsLong();
                    publishIfActive();
                }
                reportIfUnreachable(e);
                retryLobbyLater(select);
            });
        }
    }

    private void retryLobbyLater(long select) {
        if (!lobbyStillFailed(select) || lobbyRetries >= AUTOMATIC_RETRIES) {
            return;
        }
        threads.onStateAfter(retryDelay(lobbyRetries++), () -> {
            if (lobbyStillFailed(select)) {
                List<String> visible = visiblePuuids();
                askedPlayers.addAll(visible);
                threads.lookup(() -> fetchLobby(select, visible));
            }
        });
    }

    private boolean lobbyStillFailed(long select) {
        return select == selectNumber && session != null && lobbyState == Answer.UNREACHABLE;
    }

    private void applyLobby(long select, LobbySummaries answer) {
        if (select != selectNumber) {
            return;
        }
        answer.players().forEach(p -> players.put(p.puuid(), p));
        unknownPlayers.addAll(answer.unknown());
        lobbyState = Answer.ANSWERED;
        publishIfActive();
    }

    private static Answer answerFor(StatsException e) {
        return e.kind() == StatsException.Kind.NOT_FOUND ? Answer.NOT_FOUND : Answer.UNREACHABLE;
    }

    private void reportIfUnreachable(StatsException e) {
        if (e.kind() != StatsException.Kind.NOT_FOUND) {
            statsFailed.accept(e);
        }
    }

    private boolean retryDue(Answer state, long failedAt) {
        return state == Answer.UNREACHABLE && nowMillis.getAsLong() - failedAt >= RETRY_AFTER.toMillis();
    }

    private List<String> visiblePuuids() {
        return session.myTeam().stream()
                .filter(p -> !p.isHidden())
                .map(ChampSelectPlayer::puuid)
                .toList();
    }

    private void publishIfActive() {
        if (session != null) {
            publish();
        }
    }

    private void publish() {
        ChampSelectFacts facts = new ChampSelectFacts(
                session,
                localRiotId,
                build,
                buildState,
                players,
                unknownPlayers,
                lobbyState,
                ranks.ranks(),
                ranks.failed());
        publish.accept(views.view(facts));
    }
}
