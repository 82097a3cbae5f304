package gg.lanelight.backend.serve;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.time.Duration;

/**
 * How long and how large a request may be, so that slow or oversized clients cost a socket and a timer, never a worker
 * thread. Undertow enforces the header limits and timeouts; {@link ApiHandlers} enforces the URL length and the
 * deadline of a request body.
 *
 * <p>Requests that Undertow's parser refuses itself (malformed request line or percent-escape, missing Host, header
 * block over {@link #MAX_HEADER_BYTES}) get its empty 400 without a JSON body, so such a client sees no message. The
 * number of open connections is not capped, so a client holding many slow connections costs a socket each for up to
 * the header plus body deadline.
 *
 * @param headerDeadline time from a connection's first byte to the end of its request headers (slowloris)
 * @param bodyDeadline time from the end of the headers to the last byte of a batch body; later gets a 408
 * @param idleTimeout how long a keep-alive connection may wait for its next request
 */
record RequestLimits(Duration headerDeadline, Duration bodyDeadline, Duration idleTimeout) {
    /** A request target (path plus query) longer than this gets a 414; real ones are under 200 characters. */
    static final int MAX_URL_CHARS = 2048;

    /** Undertow refuses a longer header block with an empty 400. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    static final RequestLimits DEFAULTS =
            new RequestLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(60));

    /** Sets the limits Undertow enforces itself. */
    Undertow.Builder applyTo(Undertow.Builder builder) {
        return builder.setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) BatchBody.MAX_BYTES)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, MAX_HEADER_BYTES)
                // the URL length check answers with JSON, so Undertow must never stop parsing a query first
                .setServerOption(UndertowOptions.MAX_PARAMETERS, MAX_HEADER_BYTES)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) headerDeadline.toMillis())
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) idleTimeout.toMillis());
    }
}
