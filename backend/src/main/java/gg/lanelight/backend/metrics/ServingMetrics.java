package gg.lanelight.backend.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of the stats service in the Prometheus text format (version 0.0.4), written by hand: request counts by
 * endpoint and status, a latency histogram per endpoint, errors, rate-limited requests, held refusals, snapshot age,
 * swaps and rejections. Recording is lock-free (LongAdder), so IO threads record without contention. Thread-safe.
 */
public final class ServingMetrics {
    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] LATENCY_BUCKETS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 1};

    private final Map<String, EndpointMetrics> endpoints = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rejectedSnapshots = new ConcurrentHashMap<>();
    private final LongAdder swaps = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder heldRefusals = new LongAdder();
    private final LongAdder pausedConnections = new LongAdder();
    private volatile String snapshotId;
    private volatile long snapshotCreatedMillis;

    /** The recorder of one endpoint (created on first use; endpoint names come from code, never from requests). */
    public EndpointMetrics endpoint(String name) {
        return endpoints.computeIfAbsent(name, EndpointMetrics::new);
    }

    public void rateLimited() {
        rateLimited.increment();
    }

    /** A refusal is held back, pausing its connection (see {@code Tarpit}). */
    public void refusalHeld() {
        heldRefusals.increment();
        pausedConnections.increment();
    }

    /** A held refusal was sent (or its connection was gone): the connection is no longer paused. */
    public void heldRefusalSent() {
        pausedConnections.decrement();
    }

    /** Refusals held back so far. */
    public long heldRefusalCount() {
        return heldRefusals.sum();
    }

    /** Connections whose refusal is being held now. */
    public long pausedConnectionCount() {
        return pausedConnections.sum();
    }

    /** A snapshot went live; {@code createdMillis} is its manifest's creation time (epoch ms). */
    public void snapshotServed(String id, long createdMillis) {
        snapshotCreatedMillis = createdMillis;
        snapshotId = id;
        swaps.increment();
    }

    /** A published snapshot was refused; {@code reason} is a short code such as {@code checksum}. */
    public void snapshotRejected(String reason) {
        rejectedSnapshots.computeIfAbsent(reason, key -> new LongAdder()).increment();
    }

    public long rateLimitedCount() {
        return rateLimited.sum();
    }

    public long swapCount() {
        return swaps.sum();
    }

    /** Rejections so far for {@code reason}. */
    public long rejectedCount(String reason) {
        LongAdder count = rejectedSnapshots.get(reason);
        return count == null ? 0 : count.sum();
    }

    /** The whole scrape in the Prometheus text format. */
    public String scrape(long nowMillis) {
        StringBuilder text = new StringBuilder(4096);
        List<EndpointMetrics> sorted = endpoints.values().stream()
                .sorted((a, b) -> a.name.compareTo(b.name))
                .toList();
        header(text, "lanelight_http_requests_total", "counter", "Requests answered, by endpoint and status.");
        sorted.forEach(endpoint -> endpoint.writeCounts(text));
        header(text, "lanelight_http_errors_total", "counter", "Requests answered with a 5xx status, by endpoint.");
        sorted.forEach(endpoint -> endpoint.writeErrors(text));
        header(text, "lanelight_http_request_duration_seconds", "histogram", "Time from routing to response sent.");
        sorted.forEach(endpoint -> endpoint.writeHistogram(text));
        header(text, "lanelight_rate_limited_total", "counter", "Requests refused with 429 by the rate limiter.");
        text.append("lanelight_rate_limited_total ").append(rateLimited.sum()).append('\n');
        header(
                text,
                "lanelight_rate_limit_pauses_total",
                "counter",
                "429 answers held back because their connection kept sending refused requests.");
        text.append("lanelight_rate_limit_pauses_total ")
                .append(heldRefusals.sum())
                .append('\n');
        header(text, "lanelight_rate_limit_paused_connections", "gauge", "Connections paused by a held 429 now.");
        text.append("lanelight_rate_limit_paused_connections ")
                .append(pausedConnections.sum())
                .append('\n');
        writeSnapshot(text, nowMillis);
        return text.toString();
    }

    private void writeSnapshot(StringBuilder text, long nowMillis) {
        String id = snapshotId;
        header(text, "lanelight_snapshot_loaded", "gauge", "1 when a snapshot is being served (readiness).");
        text.append("lanelight_snapshot_loaded ").append(id == null ? 0 : 1).append('\n');
        if (id != null) {
            header(text, "lanelight_snapshot_info", "gauge", "The snapshot being served.");
            text.append("lanelight_snapshot_info{snapshot_id=\"").append(id).append("\"} 1\n");
            header(text, "lanelight_snapshot_age_seconds", "gauge", "Age of the served snapshot's data.");
            text.append("lanelight_snapshot_age_seconds ")
                    .append((nowMillis - snapshotCreatedMillis) / 1000.0)
                    .append('\n');
        }
        header(text, "lanelight_snapshot_swaps_total", "counter", "Snapshots switched to (the first load counts).");
        text.append("lanelight_snapshot_swaps_total ").append(swaps.sum()).append('\n');
        header(text, "lanelight_snapshot_rejected_total", "counter", "Published snapshots refused, by reason.");
        rejectedSnapshots.forEach((reason, count) -> text.append("lanelight_snapshot_rejected_total{reason=\"")
                .append(reason)
                .append("\"} ")
                .append(count.sum())
                .append('\n'));
    }

    private static void header(StringBuilder text, String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Counts and latencies of one endpoint. */
    public static final class EndpointMetrics {
        private final String name;
        /** Indexed by HTTP status (100-599); an entry is created on the status's first use. */
        private final AtomicReferenceArray<LongAdder> byStatus = new AtomicReferenceArray<>(600);

        private final LongAdder[] buckets = new LongAdder[LATENCY_BUCKETS.length];
        private final LongAdder count = new LongAdder();
        private final LongAdder totalNanos = new LongAdder();
        private final LongAdder errors = new LongAdder();

        EndpointMetrics(String name) {
            this.name = name;
            for (int bucket = 0; bucket < buckets.length; bucket++) {
                buckets[bucket] = new LongAdder();
            }
        }

        /** One answered request: its HTTP status and the nanoseconds it took. */
        public void record(int status, long nanos) {
            statusCounter(status).increment();
            if (status >= 500) {
                errors.increment();
            }
            count.increment();
            totalNanos.add(nanos);
            double seconds = nanos / 1e9;
            for (int bucket = 0; bucket < buckets.length; bucket++) {
                if (seconds <= LATENCY_BUCKETS[bucket]) {
                    buckets[bucket].increment();
                    return;
                }
            }
        }

        private LongAdder statusCounter(int status) {
            int index = status >= 100 && status < 600 ? status : 599;
            LongAdder counter = byStatus.get(index);
            if (counter == null) {
                byStatus.compareAndSet(index, null, new LongAdder());
                counter = byStatus.get(index);
            }
            return counter;
        }

        private void writeCounts(StringBuilder text) {
            for (int status = 100; status < 600; status++) {
                LongAdder requests = byStatus.get(status);
                if (requests != null) {
                    text.append("lanelight_http_requests_total{endpoint=\"")
                            .append(name)
                            .append("\",status=\"")
                            .append(status)
                            .append("\"} ")
                            .append(requests.sum())
                            .append('\n');
                }
            }
        }

        private void writeErrors(StringBuilder text) {
            text.append("lanelight_http_errors_total{endpoint=\"")
                    .append(name)
                    .append("\"} ")
                    .append(errors.sum())
                    .append('\n');
        }

        private void writeHistogram(StringBuilder text) {
            long cumulative = 0;
            for (int bucket = 0; bucket < buckets.length; bucket++) {
                cumulative += buckets[bucket].sum();
                bucketLine(text, Double.toString(LATENCY_BUCKETS[bucket]), cumulative);
            }
            long total = count.sum();
            bucketLine(text, "+Inf", Math.max(total, cumulative));
            String prefix = "lanelight_http_request_duration_seconds";
            text.append(prefix).append("_sum{endpoint=\"").append(name).append("\"} ");
            text.append(totalNanos.sum() / 1e9).append('\n');
            text.append(prefix).append("_count{endpoint=\"").append(name).append("\"} ");
            text.append(Math.max(total, cumulative)).append('\n');
        }

        private void bucketLine(StringBuilder text, String bound, long cumulative) {
            text.append("lanelight_http_request_duration_seconds_bucket{endpoint=\"")
                    .append(name)
                    .append("\",le=\"")
                    .append(bound)
                    .append("\"} ")
                    .append(cumulative)
                    .append('\n');
        }
    }
}
