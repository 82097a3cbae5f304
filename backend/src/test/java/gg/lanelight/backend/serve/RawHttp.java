package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One plain TCP connection to a test server on 127.0.0.1, for what an HTTP client library will not send: partial
 * bodies, Expect: 100-continue handshakes, HEAD without a body. Every read is bounded by a socket timeout.
 */
final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;

    RawHttp(StatsServer server, int readTimeoutMillis) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        socket.setSoTimeout(readTimeoutMillis);
        in = socket.getInputStream();
    }

    /** Sends text as it is (CRLFs included by the caller). */
    RawHttp send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /** Reads up to the blank line ending a response head; fails when the server closes or stays silent first. */
    String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            assertTrue(next >= 0, "the server closed the connection inside a response head: " + head);
            head.write(next);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Reads everything until the server closes the connection (bounded by the read timeout). */
    String readUntilClosed() throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * True when the server has neither answered nor closed the connection: a read that finds nothing within 50 ms.
     * (A false answer may consume the first byte of the answer.)
     */
    boolean isSilent() throws IOException {
        int timeout = socket.getSoTimeout();
        socket.setSoTimeout(50);
        try {
            in.read(); // a byte of an answer, or -1 for a closed connection: either way the server has spoken
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(timeout);
        }
    }

    /** The body after {@link #readHead}, whose Content-Length says how long it is. */
    String readBody(String head) throws IOException {
        int length = Integer.parseInt(header(head, "Content-Length"));
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** The value of one header in a response head; null when it is absent. */
    static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
