package gg.lanelight.backend.serve;

/** The routes of the service; {@link #label()} names them in metrics. */
enum Endpoint {
    HEALTH("health", false),
    LIVE("live", false),
    READY("ready", false),
    METRICS("metrics", false),
    OPENAPI("openapi", true),
    SNAPSHOT("snapshot", true),
    TIER_LIST("tierlist", true),
    CHAMPION("champion", true),
    BUILD("build", true),
    PLAYER("player", true),
    PLAYER_BATCH("player_batch", true),
    PLAYER_MATCHES("player_matches", true),
    MATCHUP("matchup", true),
    NOT_FOUND("not_found", true);

    private final String label;
    private final boolean rateLimited;

    Endpoint(String label, boolean rateLimited) {
        this.label = label;
        this.rateLimited = rateLimited;
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
