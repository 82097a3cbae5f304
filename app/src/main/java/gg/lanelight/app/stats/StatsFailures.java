package gg.lanelight.app.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/** Turns what went wrong in a stats call into an exception whose message tells the player what to do. */
final class StatsFailures {

    private static final String CLIENT_DATA_ONLY = "Overlays show client data only until it is back";
    private static final int MAX_QUOTED_CHARS = 200;

    private final HttpUrl baseUrl;
    private final ObjectMapper json = new ObjectMapper();

    StatsFailures(HttpUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    StatsException unreachable(HttpUrl url, IOException cause) {
        return new StatsException(
                StatsException.Kind.UNREACHABLE,
                "The Lanelight stats service at " + baseUrl + " is not reachable (" + describe(cause) + ", " + url
                        + "). " + CLIENT_DATA_ONLY + "; check your connection.",
                cause);
    }

    StatsException forStatus(HttpUrl url, int status, String body) {
        String detail = serviceMessage(body);
        if (status == 404) {
            return new StatsException(
                    StatsException.Kind.NOT_FOUND,
                    "The Lanelight stats service has no data for " + url + " (" + detail + "). That champion, role or"
                            + " player has no recorded games yet; nothing to do.");
        }
        if (status == 400) {
            return new StatsException(
                    StatsException.Kind.BAD_REQUEST,
                    "The Lanelight stats service refused the request " + url + " (" + detail + "). Update Lanelight;"
                            + " if it persists, report it.");
        }
        return new StatsException(
                StatsException.Kind.SERVICE_ERROR,
                "The Lanelight stats service at " + baseUrl + " failed with HTTP " + status + " for " + url + " ("
                        + detail + "). " + CLIENT_DATA_ONLY + "; try again in a few minutes.");
    }

    StatsException badResponse(HttpUrl url, String problem, Exception cause) {
        return new StatsException(
                StatsException.Kind.BAD_RESPONSE,
                "The Lanelight stats service at " + baseUrl + " sent an answer to " + url + " that Lanelight cannot"
                        + " read (" + shorten(problem) + "). The service and the app may be different versions;"
                        + " update Lanelight.",
                cause);
    }

    StatsException batchTooLarge(HttpUrl url, int count) {
        return new StatsException(
                StatsException.Kind.BAD_REQUEST,
                "Lanelight did not send " + count + " players to " + url + ": the stats service takes at most "
                        + StatsClient.MAX_BATCH + " at once. This is a Lanelight bug; please report it.");
    }

    StatsException unknownRole(HttpUrl url, String role) {
        return new StatsException(
                StatsException.Kind.BAD_REQUEST,
                "Lanelight did not ask " + url + " for a build: \"" + role + "\" is not a role (TOP, JUNGLE, MIDDLE,"
                        + " BOTTOM or UTILITY). This is a Lanelight bug; please report it.");
    }

    /** The service's own explanation from its error body, else the start of whatever it sent. */
    private String serviceMessage(String body) {
        try {
            JsonNode error = json.readTree(body);
            if (error != null && error.hasNonNull("message")) {
                return shorten(error.get("message").asText());
            }
        } catch (IOException notJson) {
            // A proxy or a crashed service may answer with HTML or nothing; quote it as it is.
        }
        return body.isBlank() ? "no explanation given" : shorten(body);
    }

    private static String describe(IOException cause) {
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
            return "no answer in time";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host";
        }
        return "connection failed: " + cause.getMessage();
    }

    private static String shorten(String text) {
        String oneLine = String.valueOf(text).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_QUOTED_CHARS ? oneLine : oneLine.substring(0, MAX_QUOTED_CHARS) + "…";
    }
}
