package gg.lanelight.app.client;

/** Where the connection to the League client stands, with a message fit to show the player. */
public record ConnectionStatus(State state, String message) {

    public enum State {
        /** No client found yet; still looking. */
        SEARCHING,
        /** REST answers and the event socket is subscribed. */
        CONNECTED,
        /** The client was connected and went away (closed, crashed or restarted). */
        LOST
    }
}
