package gg.lanelight.backend.serve;

import io.undertow.util.HeaderValues;
import java.util.Locale;

/** Reading Accept-Encoding and If-None-Match as RFC 9110 defines them: lists, any case, q-values, weak tags. */
final class Negotiation {
    private Negotiation() {}

    /**
     * True when the client takes gzip: a {@code gzip} (or {@code x-gzip}) entry with a q-value above 0, or a
     * {@code *} above 0 without a gzip entry.
     *
     * @param acceptEncoding every Accept-Encoding header line; null when there is none
     */
    static boolean acceptsGzip(HeaderValues acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean gzip = null;
        boolean anyCoding = false;
        for (String line : acceptEncoding) {
            for (String entry : line.split(",")) {
                String[] parts = entry.split(";");
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean wanted = quality(parts) > 0;
                if (coding.equals("gzip") || coding.equals("x-gzip")) {
                    gzip = gzip == null ? wanted : gzip || wanted;
                } else if (coding.equals("*")) {
                    anyCoding = wanted;
                }
            }
        }
        return gzip != null ? gzip : anyCoding;
    }

    private static double quality(String[] parts) {
        for (int index = 1; index < parts.length; index++) {
            String parameter = parts[index].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /**
     * True when If-None-Match names {@code etag} (weak comparison, so {@code W/"…"} counts) or is {@code *}.
     *
     * @param ifNoneMatch every If-None-Match header line; null when there is none
     * @param etag the quoted strong tag of the answer
     */
    static boolean matchesAny(HeaderValues ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String line : ifNoneMatch) {
            for (String tag : line.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
