package gg.lanelight.backend.serve;

import io.undertow.server.HttpServerExchange;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The decoded path and query parameters of one request, as Undertow parsed them, with the checks every endpoint
 * shares: a parameter given twice and a parameter the endpoint does not take are refused. Built on the IO thread per
 * request.
 */
final class RequestTarget {
    private final String path;
    private final String[] parts;
    private final Map<String, Deque<String>> query;

    private RequestTarget(String path, String[] parts, Map<String, Deque<String>> query) {
        this.path = path;
        this.parts = parts;
        this.query = query;
    }

    static RequestTarget of(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        return new RequestTarget(path, path.split("/", -1), exchange.getQueryParameters());
    }

    /** The decoded path, e.g. {@code /v1/champions/145}. */
    String path() {
        return path;
    }

    /** The decoded path split on '/', e.g. {@code ["", "v1", "champions", "145"]}. */
    String[] parts() {
        return parts;
    }

    boolean hasQuery() {
        return !query.isEmpty();
    }

    /**
     * The value of a query parameter, or null when it is absent; a parameter given twice is an error because the
     * two values could mean different answers.
     */
    String parameter(String name) throws ApiException {
        Deque<String> values = query.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.invalid(
                    name, name + " is given " + values.size() + " times; send it once (values " + shown(values) + ")");
        }
        return values.getFirst();
    }

    /** Rejects a query parameter the endpoint does not take, so that a misspelt one is not silently ignored. */
    void checkParameters(String endpointPath, Set<String> accepted) throws ApiException {
        for (String name : query.keySet()) {
            if (!accepted.contains(name)) {
                String takes = accepted.isEmpty()
                        ? "it takes no query parameters"
                        : "it takes " + String.join(", ", new TreeSet<>(accepted));
                throw new ApiException(
                        400,
                        "unknown-parameter",
                        "'" + RequestParameters.shown(name) + "' is not a parameter of " + endpointPath + "; " + takes);
            }
        }
    }

    private static String shown(Deque<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add("'" + RequestParameters.shown(value) + "'");
        }
        return String.join(", ", quoted);
    }
}
