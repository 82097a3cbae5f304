package gg.lanelight.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** How a broken event socket is put into words for the status line. */
class LcuEventSocketFailureTest {

    @Test
    void aFailureWithoutAMessageSaysTheConnectionClosedNeverNull() {
        assertEquals("the connection closed unexpectedly", LcuEventSocket.whatHappened(new EOFException()));
        assertEquals("the connection closed unexpectedly", LcuEventSocket.whatHappened(new IOException()));
    }

    @Test
    void aFailureWithAMessageKeepsIt() {
        assertEquals("Connection reset", LcuEventSocket.whatHappened(new SocketException("Connection reset")));
    }
}
