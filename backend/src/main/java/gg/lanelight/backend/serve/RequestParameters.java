package gg.lanelight.backend.serve;

import gg.lanelight.backend.rank.RankTiers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation of path, query and body parameters; each failure names the parameter and what is accepted. */
final class RequestParameters {
    static final Set<String> ROLES = Set.of("TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY");
    static final Set<String> TIER_LIST_ROLES = Set.of("ALL", "TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY", "NONE");
    static final int MAX_BATCH = 20;
    static final Set<String> BRACKETS = brackets();

    private static final Pattern PUUID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern PATCH = Pattern.compile("\\d{1,3}\\.\\d{1,3}");
    private static final int SHOWN_CHARS = 64;
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    private RequestParameters() {}

    static int championId(String text) throws ApiException {
        if (text == null || !INTEGER.matcher(text).matches() || Integer.parseInt(text) == 0) {
            throw ApiException.invalid(
                    "championId", "championId must be a positive integer (Data Dragon key), got " + quoted(text));
        }
        return Integer.parseInt(text);
    }

    /** The role in upper case; lower-case input is accepted. */
    static String role(String text) throws ApiException {
        return role(text, ROLES);
    }

    /** The role in upper case among {@code accepted} (tier lists also take NONE, the role of ARAM and Arena). */
    static String role(String text, Set<String> accepted) throws ApiException {
        String role = text == null ? "" : text.toUpperCase(Locale.ROOT);
        if (!accepted.contains(role)) {
            throw ApiException.invalid(
                    "role",
                    "role must be one of " + String.join(", ", new java.util.TreeSet<>(accepted)) + ", got "
                            + quoted(text));
        }
        return role;
    }

    /** The patch, or {@code fallback} when the parameter is absent. */
    static String patch(String text, String fallback) throws ApiException {
        if (text == null) {
            return fallback;
        }
        if (!PATCH.matcher(text).matches()) {
            throw ApiException.invalid("patch", "patch must look like 14.7, got " + quoted(text));
        }
        String[] parts = text.split("\\.");
        return Integer.parseInt(parts[0]) + "." + Integer.parseInt(parts[1]);
    }

    /** The queue id, or {@code fallback} when the parameter is absent. */
    static int queue(String text, int fallback) throws ApiException {
        if (text == null) {
            return fallback;
        }
        if (!INTEGER.matcher(text).matches()) {
            throw ApiException.invalid("queue", "queue must be a queue id such as 420, got " + quoted(text));
        }
        return Integer.parseInt(text);
    }

    static String puuid(String text, String parameter) throws ApiException {
        if (text == null || !PUUID.matcher(text).matches()) {
            throw ApiException.invalid(
                    parameter, parameter + " must be 1-128 letters, digits, '-' or '_', got " + quoted(text));
        }
        return text;
    }

    /** The rank bracket in upper case ({@code ALL} when absent); lower-case input is accepted. */
    static String bracket(String text) throws ApiException {
        if (text == null) {
            return "ALL";
        }
        String bracket = text.toUpperCase(Locale.ROOT);
        if (!BRACKETS.contains(bracket)) {
            throw ApiException.invalid(
                    "bracket", "bracket must be ALL, UNRANKED or a tier from IRON to CHALLENGER, got " + quoted(text));
        }
        return bracket;
    }

    /** A whole number in [min, max], or {@code fallback} when absent. */
    static int number(String parameter, String text, int fallback, int min, int max) throws ApiException {
        if (text == null) {
            return fallback;
        }
        if (!INTEGER.matcher(text).matches() || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw ApiException.invalid(
                    parameter,
                    parameter + " must be a whole number from " + min + " to " + max + ", got " + quoted(text));
        }
        return Integer.parseInt(text);
    }

    /**
     * A client's value as an error message repeats it: cut to {@value #SHOWN_CHARS} characters, so a long value does
     * not bloat the answer.
     */
    static String shown(String text) {
        if (text.length() <= SHOWN_CHARS) {
            return text;
        }
        return text.substring(0, SHOWN_CHARS) + "… (" + text.length() + " characters)";
    }

    private static String quoted(String text) {
        return text == null ? "nothing" : "'" + shown(text) + "'";
    }

    private static Set<String> brackets() {
        Set<String> brackets = new LinkedHashSet<>(List.of("ALL", "UNRANKED"));
        brackets.addAll(RankTiers.ORDERED);
        return Set.copyOf(brackets);
    }
}
