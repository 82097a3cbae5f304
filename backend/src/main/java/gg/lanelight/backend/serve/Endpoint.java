package gg.lanelight.backend.serve;

import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.Set;

/** The routes of the service; {@link #label()} names them in metrics. */
enum Endpoint {
    HEALTH("health", false, null),
    LIVE("live", false, null),
    READY("ready", false, null),
    METRICS("metrics", false, null),
    OPENAPI("openapi", true, Set.of()),
    SNAPSHOT("snapshot", true, Set.of()),
    TIER_LIST("tierlist", true, Set.of("role", "patch", "queue", "bracket")),
    CHAMPION("champion", true, Set.of("patch", "queue", "bracket")),
    BUILD("build", true, Set.of("patch", "queue")),
    PLAYER("player", true, Set.of()),
    PLAYER_BATCH("player_batch", true, Set.of()),
    PLAYER_MATCHES("player_matches", true, Set.of("page", "size")),
    MATCHUP("matchup", true, Set.of("patch", "queue", "bracket")),
    NOT_FOUND("not_found", true, null);

    private static final String BATCH_PATH = "/v1/players/batch";

    private final String label;
    private final boolean rateLimited;
    private final Set<String> parameters;

    Endpoint(String label, boolean rateLimited, Set<String> parameters) {
        this.label = label;
        this.rateLimited = rateLimited;
        this.parameters = parameters;
    }

    /**
     * The query parameters this endpoint reads; null when it ignores its query (probes and scrapes, whose callers
     * may add their own).
     */
    Set<String> parameters() {
        return parameters;
    }

    /** The methods of the Allow header; HEAD answers like GET without the body. */
    String allowedMethods() {
        return this == PLAYER_BATCH ? "POST, OPTIONS" : "GET, HEAD, OPTIONS";
    }

    /** Whether this endpoint answers {@code method} (OPTIONS is answered for every endpoint before this check). */
    boolean allows(HttpString method) {
        return this == PLAYER_BATCH
                ? method.equals(Methods.POST)
                : method.equals(Methods.GET) || method.equals(Methods.HEAD);
    }

    String label() {
        return label;
    }

    /** Probes and scrapes come from the load balancer and monitoring, so they are never throttled. */
    boolean rateLimited() {
        return rateLimited;
    }

    /**
     * The route of a decoded path; a known path with the wrong method is still that route.
     *
     * @param parts {@code path.split("/", -1)}
     */
    static Endpoint of(String path, String[] parts) {
        if (path.equals("/metrics")) {
            return METRICS;
        }
        if (path.equals(BATCH_PATH)) {
            return PLAYER_BATCH;
        }
        if (parts.length < 3 || !parts[1].equals("v1") || parts[parts.length - 1].isEmpty()) {
            return NOT_FOUND;
        }
        return switch (parts.length) {
            case 3 -> fixed(parts[2]);
            case 4 -> parts[2].equals("champions") ? CHAMPION : parts[2].equals("players") ? PLAYER : NOT_FOUND;
            case 5 -> fiveParts(parts);
            case 6 -> parts[2].equals("matchups") ? MATCHUP : NOT_FOUND;
            default -> NOT_FOUND;
        };
    }

    private static Endpoint fiveParts(String[] parts) {
        if (parts[2].equals("builds")) {
            return BUILD;
        }
        return parts[2].equals("players") && parts[4].equals("matches") ? PLAYER_MATCHES : NOT_FOUND;
    }

    private static Endpoint fixed(String name) {
        return switch (name) {
            case "health" -> HEALTH;
            case "live" -> LIVE;
            case "ready" -> READY;
            case "snapshot" -> SNAPSHOT;
            case "tierlist" -> TIER_LIST;
            case "openapi.yaml" -> OPENAPI;
            default -> NOT_FOUND;
        };
    }
}
