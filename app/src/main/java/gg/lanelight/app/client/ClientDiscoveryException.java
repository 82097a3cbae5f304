package gg.lanelight.app.client;

/** The League client could not be found; the message says where Lanelight looked and what to do. */
public final class ClientDiscoveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public ClientDiscoveryException(String message) {
        super(message);
    }

    public ClientDiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
