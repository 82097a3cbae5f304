package gg.lanelight.backend.ratelimit;

import gg.lanelight.backend.metrics.ServingMetrics;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.util.AttachmentKey;
import io.undertow.util.SameThreadExecutor;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * Makes a flood cheap: a connection that keeps sending requests its client may not make gets its refusals late.
 * After {@code pauseAfter} refusals in a row for the same client on one connection, each further 429 is held back
 * for a pause that starts at the wait for the client's next token and doubles with every further refusal, up to
 * {@link #MAX_PAUSE_NANOS}. HTTP/1.1 answers a connection's requests one after the other, so while a refusal is held
 * the connection's next requests (sent back to back or pipelined) wait unread in its socket buffer and cost no CPU;
 * a flooder that waits for its answers slows down to their pace. An admitted request takes one refusal off the
 * streak, so a flooder let through at its token rate stays paused (it is refused far more often than admitted), while
 * a client that slowed down leaves its streak within a few requests.
 *
 * <p>Only a streak of one client counts, so a proxy connection that carries many clients' requests in turn is not
 * held for one of them; a proxy that sends one flooding client's requests back to back on a connection does get
 * that connection held (which is why a proxy in front should limit rates too). A client that opens a new connection
 * every few requests is refused at full cost, since each connection starts a new streak.
 *
 * <p>Threading: called on the IO thread of the request's connection; HTTP/1.1 handles a connection's requests one at
 * a time, so a connection's streak is never touched by two threads at once. State: one small object per connection
 * that has been refused (dropped with the connection) and one timer task and set entry per held refusal, so at most
 * one per open connection.
 */
public final class Tarpit {
    /** The longest a refusal is held, in nanoseconds (also the most a connection closed meanwhile lingers). */
    public static final long MAX_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final AttachmentKey<RefusalStreak> STREAK = AttachmentKey.create(RefusalStreak.class);

    private final int pauseAfter;
    private final ServingMetrics metrics;
    private final Set<HeldRefusal> held = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /**
     * @param pauseAfter refusals in a row on one connection that are answered at once; 0 never holds a refusal
     * @param metrics counts held refusals and the connections paused now
     */
    public Tarpit(int pauseAfter, ServingMetrics metrics) {
        if (pauseAfter < 0) {
            throw new IllegalArgumentException("pauseAfter must be 0 (off) or more, got " + pauseAfter);
        }
        this.pauseAfter = pauseAfter;
        this.metrics = metrics;
    }

    /** The rate limiter let this request through: its connection's streak loses one refusal. */
    public void admitted(HttpServerExchange exchange) {
        RefusalStreak streak = exchange.getConnection().getAttachment(STREAK);
        if (streak != null) {
            streak.admitted();
        }
    }

    /**
     * The rate limiter refused this request of {@code client}: {@code answer} sends the 429, at once or, when the
     * connection keeps being refused for this client, after a pause.
     *
     * @param waitNanos the wait for the client's next token, above 0
     * @param answer sends the refusal on the connection's IO thread; it receives the nanoseconds it was held (0 when
     *     not held), so that the answer's latency can leave the deliberate pause out
     */
    public void refuse(HttpServerExchange exchange, String client, long waitNanos, LongConsumer answer) {
        long pauseNanos = closing ? 0 : pauseNanos(exchange.getConnection(), client, waitNanos);
        if (pauseNanos == 0) {
            answer.accept(0);
            return;
        }
        HeldRefusal refusal = new HeldRefusal(exchange, answer, pauseNanos);
        held.add(refusal);
        metrics.refusalHeld();
        exchange.dispatch(
                SameThreadExecutor.INSTANCE,
                () -> exchange.getIoThread().executeAfter(refusal::send, pauseNanos, TimeUnit.NANOSECONDS));
    }

    /**
     * Sends every held refusal now and holds no more, so that stopping the server leaves no exchange open. Waits
     * until they are sent, at most {@link #MAX_PAUSE_NANOS} plus a second. Call from any thread but an IO thread.
     */
    public void releaseAll() throws InterruptedException {
        closing = true;
        for (HeldRefusal refusal : held) {
            refusal.exchange.getIoThread().execute(refusal::send);
        }
        long deadline = System.nanoTime() + MAX_PAUSE_NANOS + TimeUnit.SECONDS.toNanos(1);
        while (!held.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private long pauseNanos(ServerConnection connection, String client, long waitNanos) {
        if (pauseAfter == 0) {
            return 0;
        }
        RefusalStreak streak = connection.getAttachment(STREAK);
        if (streak == null) {
            streak = new RefusalStreak();
            connection.putAttachment(STREAK, streak);
        }
        int refusals = streak.refused(client);
        return refusals <= pauseAfter ? 0 : pauseFor(refusals - pauseAfter - 1, waitNanos);
    }

    /**
     * The pause of a held refusal: the wait for the client's next token doubled {@code doublings} times, at most
     * {@link #MAX_PAUSE_NANOS}, at least 1 ms (the timer's resolution).
     */
    static long pauseFor(int doublings, long waitNanos) {
        long pause = Math.max(TimeUnit.MILLISECONDS.toNanos(1), waitNanos);
        for (int doubled = 0; doubled < doublings && pause < MAX_PAUSE_NANOS; doubled++) {
            pause *= 2;
        }
        return Math.min(MAX_PAUSE_NANOS, pause);
    }

    /** A 429 waiting to be sent; sent once, by its timer or by {@link #releaseAll}. */
    private final class HeldRefusal {
        private final HttpServerExchange exchange;
        private final LongConsumer answer;
        private final long pauseNanos;
        private final AtomicBoolean sent = new AtomicBoolean();

        HeldRefusal(HttpServerExchange exchange, LongConsumer answer, long pauseNanos) {
            this.exchange = exchange;
            this.answer = answer;
            this.pauseNanos = pauseNanos;
        }

        void send() {
            if (!sent.compareAndSet(false, true)) {
                return;
            }
            try {
                // a peer that closed meanwhile makes this write fail quietly (Undertow logs it at debug), which
                // frees the connection
                answer.accept(pauseNanos);
            } finally {
                held.remove(this);
                metrics.heldRefusalSent();
            }
        }
    }

    /** Refusals for one client on one connection, less one for each admitted request (never below 0). */
    private static final class RefusalStreak {
        private String client;
        private int refusals;

        int refused(String refusedClient) {
            if (refusedClient.equals(client)) {
                refusals = Math.max(refusals, refusals + 1);
            } else {
                client = refusedClient;
                refusals = 1;
            }
            return refusals;
        }

        void admitted() {
            refusals = Math.max(0, refusals - 1);
        }
    }
}
