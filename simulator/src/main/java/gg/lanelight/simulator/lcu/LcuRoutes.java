package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.simulator.Json;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps LCU requests to the simulator's resources. Stateless apart from the stores it reads; thread-safe. */
public final class LcuRoutes {

    private static final Pattern SUMMONER_BY_PUUID = Pattern.compile("/lol-summoner/v2/summoners/puuid/([^/]+)");
    private static final Pattern RANKED_BY_PUUID = Pattern.compile("/lol-ranked/v1/ranked-stats/([^/]+)");
    private static final Pattern HISTORY_BY_PUUID =
            Pattern.compile("/lol-match-history/v1/products/lol/([^/]+)/matches");
    private static final Pattern PERK_PAGE = Pattern.compile("/lol-perks/v1/pages/(-?\\d+)");

    private final ClientState state;
    private final PlayerDirectory players;
    private final PerksStore perks;
    private final JsonNode regionLocale = Json.resource("gg/lanelight/simulator/lcu/region-locale.json");

    public LcuRoutes(ClientState state, PlayerDirectory players, PerksStore perks) {
        this.state = state;
        this.players = players;
        this.perks = perks;
    }

    /**
     * Answers one request.
     *
     * @param body the parsed request body, null when there is none
     * @param query query parameters (first value of each)
     */
    public LcuResponse handle(String method, String path, Map<String, String> query, JsonNode body) {
        return switch (method) {
            case "GET" -> get(path, query);
            case "POST" -> "/lol-perks/v1/pages".equals(path) ? perks.create(body) : unknown(method, path);
            case "PUT" -> put(path, body);
            case "DELETE" -> matchId(PERK_PAGE, path).map(perks::delete).orElseGet(() -> unknown(method, path));
            default -> unknown(method, path);
        };
    }

    private LcuResponse get(String path, Map<String, String> query) {
        return switch (path) {
            case ClientState.PHASE_URI -> LcuResponse.ok(state.phaseBody());
            case ClientState.GAMEFLOW_SESSION_URI -> LcuResponse.ok(state.gameflowSession());
            case ClientState.CHAMP_SELECT_URI -> found(state.champSelectSession(), "No active delegate");
            case "/lol-summoner/v1/current-summoner" -> LcuResponse.ok(players.currentSummoner());
            case "/lol-ranked/v1/current-ranked-stats" -> ranked(players.localPuuid());
            case "/lol-match-history/v1/products/lol/current-summoner/matches" -> history(players.localPuuid(), query);
            case PerksStore.PAGES_URI -> LcuResponse.ok(perks.pages());
            case PerksStore.INVENTORY_URI -> LcuResponse.ok(perks.inventory());
            case PerksStore.CURRENT_PAGE_URI -> found(perks.currentPage(), "No current rune page");
            case "/riotclient/region-locale" -> LcuResponse.ok(regionLocale.deepCopy());
            default -> getByParameter(path, query);
        };
    }

    private LcuResponse getByParameter(String path, Map<String, String> query) {
        Optional<String> puuid = group(SUMMONER_BY_PUUID, path);
        if (puuid.isPresent()) {
            return found(players.summoner(puuid.get()), "No summoner with puuid " + puuid.get());
        }
        puuid = group(RANKED_BY_PUUID, path);
        if (puuid.isPresent()) {
            return ranked(puuid.get());
        }
        puuid = group(HISTORY_BY_PUUID, path);
        if (puuid.isPresent()) {
            return history(puuid.get(), query);
        }
        Optional<Long> pageId = group(PERK_PAGE, path).map(Long::valueOf);
        if (pageId.isPresent()) {
            return found(perks.page(pageId.get()), "No rune page with id " + pageId.get());
        }
        return unknown("GET", path);
    }

    private LcuResponse put(String path, JsonNode body) {
        if (PerksStore.CURRENT_PAGE_URI.equals(path)) {
            return perks.setCurrent(body);
        }
        return matchId(PERK_PAGE, path).map(id -> perks.update(id, body)).orElseGet(() -> unknown("PUT", path));
    }

    private LcuResponse ranked(String puuid) {
        return found(players.rankedStats(puuid), "No ranked stats for puuid " + puuid);
    }

    private LcuResponse history(String puuid, Map<String, String> query) {
        return found(
                players.matchHistory(puuid, query.get("begIndex"), query.get("endIndex")),
                "No match history for puuid " + puuid);
    }

    private static LcuResponse found(Optional<JsonNode> body, String notFoundMessage) {
        return body.map(LcuResponse::ok).orElseGet(() -> LcuResponse.notFound(notFoundMessage));
    }

    private static LcuResponse unknown(String method, String path) {
        return LcuResponse.notFound("No handler for " + method + " " + path);
    }

    private static Optional<String> group(Pattern pattern, String path) {
        Matcher matcher = pattern.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Long> matchId(Pattern pattern, String path) {
        return group(pattern, path).map(Long::valueOf);
    }
}
