package gg.lanelight.app.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Typed calls to the League client's REST API (LCU) with Basic auth {@code riot:<token>} over pinned TLS. Every method
 * blocks for one HTTP round trip (at most {@link #CALL_TIMEOUT}); call it off the JavaFX thread. Thread-safe.
 * Endpoints that answer 404 outside their phase return {@link Optional#empty()}; every other failure is an {@link
 * LcuException} whose message never contains the token.
 */
public final class LcuRestClient {

    /** The longest one call may take, connect to last byte. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final ClientCredentials credentials;
    private final HttpUrl base;
    private final ObjectMapper mapper = LcuJson.mapper();

    /**
     * @param credentials the client to call
     * @param http an OkHttp client carrying {@link LcuTrust} (see {@link #httpClientFor(LcuTrust)})
     */
    public LcuRestClient(ClientCredentials credentials, OkHttpClient http) {
        this.credentials = credentials;
        this.http = http;
        this.base = HttpUrl.get(credentials.baseUrl());
    }

    /** An OkHttp client with the LCU trust and short timeouts, fit for REST and the event socket. */
    public static OkHttpClient httpClientFor(LcuTrust trust) {
        return trust.applyTo(new OkHttpClient.Builder())
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(8))
                .callTimeout(CALL_TIMEOUT)
                .build();
    }

    public ClientCredentials credentials() {
        return credentials;
    }

    /** The gameflow phase, e.g. "None", "ChampSelect", "InProgress" (open set). */
    public String gameflowPhase() throws LcuException {
        return getRequired("read the gameflow phase", url("/lol-gameflow/v1/gameflow-phase"), String.class);
    }

    /** The gameflow session; empty when the client has none (404). */
    public Optional<GameflowSession> gameflowSession() throws LcuException {
        return getOptional("read the gameflow session", url("/lol-gameflow/v1/session"), GameflowSession.class);
    }

    /** The champion-select session; empty outside champion select (404). */
    public Optional<ChampSelectSession> champSelectSession() throws LcuException {
        return getOptional(
                "read the champion-select session", url("/lol-champ-select/v1/session"), ChampSelectSession.class);
    }

    /** The logged-in player; empty while nobody is logged in (404). */
    public Optional<CurrentSummoner> currentSummoner() throws LcuException {
        return getOptional(
                "read the current summoner", url("/lol-summoner/v1/current-summoner"), CurrentSummoner.class);
    }

    /** Any player by puuid; empty when the client does not know the puuid (404). */
    public Optional<CurrentSummoner> summonerByPuuid(String puuid) throws LcuException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("lol-summoner/v2/summoners/puuid")
                .addPathSegment(puuid)
                .build();
        return getOptional("look up a summoner by puuid", url, CurrentSummoner.class);
    }

    /** A player's ranked queues. */
    public RankedStats rankedStats(String puuid) throws LcuException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("lol-ranked/v1/ranked-stats")
                .addPathSegment(puuid)
                .build();
        return getRequired("read ranked stats", url, RankedStats.class);
    }

    /**
     * The current summoner's recent games.
     *
     * @param begIndex first game, 0 = newest
     * @param endIndex last game, inclusive
     */
    public MatchHistory matchHistory(int begIndex, int endIndex) throws LcuException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("lol-match-history/v1/products/lol/current-summoner/matches")
                .addQueryParameter("begIndex", Integer.toString(begIndex))
                .addQueryParameter("endIndex", Integer.toString(endIndex))
                .build();
        return getRequired("read the match history", url, MatchHistory.class);
    }

    public List<PerkPage> perkPages() throws LcuException {
        JavaType pages = mapper.getTypeFactory().constructType(new TypeReference<List<PerkPage>>() {});
        Request request = authorized(url("/lol-perks/v1/pages")).get().build();
        return this.<List<PerkPage>>send("read the rune pages", request, pages, false)
                .orElseThrow();
    }

    public PerkInventory perkInventory() throws LcuException {
        return getRequired("read the rune page inventory", url("/lol-perks/v1/inventory"), PerkInventory.class);
    }

    /** Creates a rune page; check {@link PerkInventory#canAddCustomPage()} first. Returns the page as stored. */
    public PerkPage createPage(NewPerkPage page) throws LcuException {
        Request request =
                authorized(url("/lol-perks/v1/pages")).post(jsonBody(page)).build();
        return this.<PerkPage>send("create a rune page", request, type(PerkPage.class), false)
                .orElseThrow();
    }

    public void setCurrentPage(long pageId) throws LcuException {
        Request request = authorized(url("/lol-perks/v1/currentpage"))
                .put(jsonBody(pageId))
                .build();
        send("make rune page " + pageId + " current", request, null, false);
    }

    /** Deletes an editable rune page; preset pages refuse. */
    public void deletePage(long pageId) throws LcuException {
        Request request =
                authorized(url("/lol-perks/v1/pages/" + pageId)).delete().build();
        send("delete rune page " + pageId, request, null, false);
    }

    public RegionLocale regionLocale() throws LcuException {
        return getRequired("read the region and locale", url("/riotclient/region-locale"), RegionLocale.class);
    }

    /** A request builder for {@code url} carrying the Basic auth header; shared with the event socket. */
    Request.Builder authorized(HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", credentials.basicAuthorization());
    }

    HttpUrl url(String path) {
        return base.resolve(path);
    }

    private <T> T getRequired(String action, HttpUrl url, Class<T> type) throws LcuException {
        return this.<T>send(action, authorized(url).get().build(), type(type), false)
                .orElseThrow();
    }

    private <T> Optional<T> getOptional(String action, HttpUrl url, Class<T> type) throws LcuException {
        return send(action, authorized(url).get().build(), type(type), true);
    }

    /** Sends one request; {@code type} null means the body is not read. */
    private <T> Optional<T> send(String action, Request request, JavaType type, boolean notFoundIsEmpty)
            throws LcuException {
        String what = action + " (" + request.method() + " " + request.url().encodedPath() + ")";
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (response.code() == 404 && notFoundIsEmpty) {
                return Optional.empty();
            }
            if (!response.isSuccessful()) {
                throw failed(what, response.code(), body);
            }
            if (type == null) {
                return Optional.empty();
            }
            T value = parse(what, body, type);
            return Optional.of(value);
        } catch (IOException e) {
            throw new LcuException("Could not " + what + ": " + describe(e), e);
        }
    }

    private <T> T parse(String what, String body, JavaType type) throws LcuException {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new IOException("the body is JSON null");
            }
            return value;
        } catch (IOException e) {
            throw new LcuException(
                    "Could not " + what + ": the client's answer is not the expected "
                            + type.getRawClass().getSimpleName() + " ("
                            + e.getMessage().lines().findFirst().orElse("")
                            + "). The client may be newer than this Lanelight; look for an update.",
                    e);
        }
    }

    private LcuException failed(String what, int status, String body) {
        LcuError error = parseError(body);
        String detail = error == null ? "" : " " + error.errorCode() + ": " + error.message();
        String advice = status == 401 || status == 403
                ? " The client refused the credentials; it probably restarted, and Lanelight looks for it again."
                : " The client may not be ready for this yet; try again in a moment.";
        return new LcuException(
                "Could not " + what + ": the client answered HTTP " + status + detail + "." + advice, status, error);
    }

    private LcuError parseError(String body) {
        try {
            return mapper.readValue(body, LcuError.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private RequestBody jsonBody(Object value) throws LcuException {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(value), JSON);
        } catch (IOException e) {
            throw new LcuException("Could not encode a request body for the client: " + e.getMessage(), e);
        }
    }

    private JavaType type(Class<?> type) {
        return mapper.getTypeFactory().constructType(type);
    }

    /** Words for a failed exchange, with what the player can do about it. */
    static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "the connection was refused. Is the League client still running? Lanelight reconnects by itself.";
        }
        if (e instanceof SSLException) {
            return "the client's TLS certificate is not trusted (" + e.getMessage() + "). A real client is signed by"
                    + " Riot's CA; for the Lanelight simulator pass its CA with --trust-ca.";
        }
        return e.getClass().getSimpleName() + " " + e.getMessage()
                + ". Is the League client still running? Lanelight reconnects by itself.";
    }
}
