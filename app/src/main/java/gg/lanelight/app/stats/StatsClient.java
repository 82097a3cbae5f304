package gg.lanelight.app.stats;

import java.net.URI;
import java.util.List;

/**
 * The client of the Lanelight stats service (the backend's {@code /v1} HTTP API). Thread-safe. Every call blocks for
 * at most a few seconds (connect 2 s, read 3 s) and must never run on the JavaFX thread.
 */
public final class StatsClient {

    /** The most puuids one lobby request may carry. */
    public static final int MAX_BATCH = 20;

    private final URI baseUrl;

    /** {@code baseUrl} is the service root, e.g. {@code http://127.0.0.1:8080}; never null. */
    public StatsClient(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The best build for a champion in a role (TOP, JUNGLE, MIDDLE, BOTTOM or UTILITY). */
    public ChampionBuild build(int championId, String role) throws StatsException {
        throw new StatsException(StatsException.Kind.UNREACHABLE, "not implemented yet: " + baseUrl);
    }

    /** One player's record; {@link StatsException.Kind#NOT_FOUND} when the service has no games for them. */
    public PlayerSummary player(String puuid) throws StatsException {
        throw new StatsException(StatsException.Kind.UNREACHABLE, "not implemented yet: " + baseUrl);
    }

    /** Up to {@link #MAX_BATCH} players at once; more are rejected before sending with BAD_REQUEST. */
    public LobbySummaries lobby(List<String> puuids) throws StatsException {
        throw new StatsException(StatsException.Kind.UNREACHABLE, "not implemented yet: " + baseUrl);
    }
}
