package gg.lanelight.app.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of the Lanelight stats service (the backend's {@code /v1} HTTP API). Thread-safe; one instance serves the
 * whole app. Every call blocks until the answer or a failure and must never run on the JavaFX thread: connecting may
 * take up to 2 s, each read up to 3 s, and the whole call never more than 8 s.
 *
 * <p>Every failure is a {@link StatsException} whose message names the URL and says what the player can do.
 */
public final class StatsClient {

    /** The most puuids one lobby request may carry; a larger lobby is refused before sending (BAD_REQUEST). */
    public static final int MAX_BATCH = 20;

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

    private static final Set<String> ROLES = Set.of("TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY");
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final Logger LOG = LoggerFactory.getLogger(StatsClient.class);

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final StatsFailures failures;

    /**
     * {@code baseUrl} is the service root, e.g. {@code http://127.0.0.1:8787}; never null. Throws
     * IllegalArgumentException when it is not an http or https URL.
     */
    public StatsClient(URI baseUrl) {
        this.baseUrl = parseBaseUrl(baseUrl);
        this.failures = new StatsFailures(this.baseUrl);
        this.http = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(READ_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                .build();
    }

    /**
     * The best build for a champion in a role: TOP, JUNGLE, MIDDLE, BOTTOM or UTILITY, in any case (the LCU's
     * "bottom" works). NOT_FOUND when the service has no games for that pair.
     */
    public ChampionBuild build(int championId, String role) throws StatsException {
        String upperRole = checkRole(role);
        HttpUrl url = endpoint("builds")
                .addPathSegment(Integer.toString(championId))
                .addPathSegment(upperRole)
                .build();
        return send(new Request.Builder().url(url).get(), ChampionBuild.class);
    }

    /** One player's record; NOT_FOUND when the service has no games for the puuid (never null). */
    public PlayerSummary player(String puuid) throws StatsException {
        Objects.requireNonNull(puuid, "puuid");
        HttpUrl url = endpoint("players").addPathSegment(puuid).build();
        return send(new Request.Builder().url(url).get(), PlayerSummary.class);
    }

    /**
     * Up to {@link #MAX_BATCH} players in one request; the answer lists the puuids the service does not know under
     * {@code unknown}. More than {@value #MAX_BATCH} puuids are refused before sending with BAD_REQUEST (a lobby has
     * ten players, so a larger list is a caller's bug, not something to split silently).
     */
    public LobbySummaries lobby(List<String> puuids) throws StatsException {
        HttpUrl url = endpoint("players").addPathSegment("batch").build();
        if (puuids.size() > MAX_BATCH) {
            throw failures.batchTooLarge(url, puuids.size());
        }

        RequestBody body = RequestBody.create(writeJson(Map.of("puuids", puuids)), JSON_TYPE);
        return send(new Request.Builder().url(url).post(body), LobbySummaries.class);
    }

    /** The service root this client talks to. */
    public URI baseUrl() {
        return baseUrl.uri();
    }

    private <T> T send(Request.Builder request, Class<T> answerType) throws StatsException {
        Request ready = request.header("Accept", "application/json").build();
        try (Response response = http.newCall(ready).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw failures.forStatus(ready.url(), response.code(), body);
            }
            return readAnswer(ready.url(), body, answerType);
        } catch (IOException e) {
            LOG.debug("Stats request {} failed", ready.url(), e);
            throw failures.unreachable(ready.url(), e);
        }
    }

    private <T> T readAnswer(HttpUrl url, String body, Class<T> answerType) throws StatsException {
        try {
            T answer = json.readValue(body, answerType);
            if (answer == null) {
                throw failures.badResponse(url, "the body is JSON null", null);
            }
            return answer;
        } catch (JsonProcessingException e) {
            throw failures.badResponse(url, e.getOriginalMessage(), e);
        }
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of puuids could not be written as JSON", e);
        }
    }

    private HttpUrl.Builder endpoint(String resource) {
        return baseUrl.newBuilder().addPathSegment("v1").addPathSegment(resource);
    }

    private String checkRole(String role) throws StatsException {
        String upperRole = role == null ? "" : role.toUpperCase(Locale.ROOT);
        if (!ROLES.contains(upperRole)) {
            throw failures.unknownRole(baseUrl, role);
        }
        return upperRole;
    }

    private static HttpUrl parseBaseUrl(URI baseUrl) {
        HttpUrl parsed = HttpUrl.parse(baseUrl.toString());
        if (parsed == null) {
            throw new IllegalArgumentException(
                    "The stats service URL " + baseUrl + " is not an http or https URL, e.g. http://127.0.0.1:8787");
        }
        return parsed;
    }
}
