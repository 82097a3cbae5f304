package gg.lanelight.app.client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the League client's API listens and the token it wants. Port and token change on every client start.
 *
 * @param port the LCU port on 127.0.0.1
 * @param token the remoting auth token (Basic password for user {@code riot}); never printed by {@link #toString()}
 * @param pid the process that carried the credentials (the UX process, or the lockfile's writer)
 * @param installDirectory the client's install directory, null when not known
 * @param source where the credentials were read
 */
public record ClientCredentials(int port, String token, long pid, Path installDirectory, Source source) {

    /** Where credentials were read. */
    public enum Source {
        PROCESS_COMMAND_LINE,
        LOCKFILE
    }

    public ClientCredentials {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(source, "source");
    }

    /** The value of the {@code Authorization} header for the LCU: {@code Basic base64("riot:" + token)}. */
    public String basicAuthorization() {
        String userAndToken = "riot:" + token;
        return "Basic " + Base64.getEncoder().encodeToString(userAndToken.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code https://127.0.0.1:<port>}: the client's certificate is issued for the IP, never for localhost. */
    public String baseUrl() {
        return "https://127.0.0.1:" + port;
    }

    /** True when both name the same client instance (same port and token). */
    public boolean sameClientAs(ClientCredentials other) {
        return other != null && port == other.port && token.equals(other.token);
    }

    @Override
    public String toString() {
        return "ClientCredentials[port=" + port + ", pid=" + pid + ", installDirectory=" + installDirectory
                + ", source=" + source + ", token=(hidden)]";
    }
}
