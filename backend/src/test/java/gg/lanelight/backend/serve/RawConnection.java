package gg.lanelight.backend.serve;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One plain TCP connection to a test server that writes HTTP/1.1 requests back to back (pipelined) and reads the
 * answers on its own thread, stamping each with its arrival time, so a test can count what arrived within a window.
 */
final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final Thread reader;

    /** One answer: status, headers (names in lower case), body, and {@link System#nanoTime()} when it was read. */
    record Answer(int status, Map<String, String> headers, String body, long arrivedNanos) {}

    RawConnection(URI server) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
        reader = new Thread(this::readAnswers, "raw-connection-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Writes {@code count} GET requests for {@code path} from {@code forwardedFor} in one go, without waiting. */
    void sendPipelined(String path, String forwardedFor, int count) throws IOException {
        sendPipelined(path, Collections.nCopies(count, forwardedFor));
    }

    /** Writes one GET request for {@code path} per client address, in one go, as a proxy would pass them on. */
    void sendPipelined(String path, List<String> forwardedFor) throws IOException {
        StringBuilder requests = new StringBuilder();
        for (String client : forwardedFor) {
            requests.append("GET ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            requests.append("X-Forwarded-For: ").append(client).append("\r\n\r\n");
        }
        socket.getOutputStream().write(requests.toString().getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** The next answer, or null when none arrives within {@code timeoutMillis}. */
    Answer next(long timeoutMillis) throws InterruptedException {
        return answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void readAnswers() {
        try (InputStream in = new BufferedInputStream(socket.getInputStream())) {
            while (true) {
                String statusLine = line(in);
                if (statusLine == null) {
                    return;
                }
                Map<String, String> headers = headers(in);
                byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
                answers.add(new Answer(
                        Integer.parseInt(statusLine.split(" ")[1]),
                        headers,
                        new String(body, StandardCharsets.UTF_8),
                        System.nanoTime()));
            }
        } catch (IOException e) {
            // the test closed the connection; answers read so far stay in the queue
        }
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(
                    header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).strip());
        }
        return headers;
    }

    /** One CRLF-terminated line without its end, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next == -1) {
                return null;
            }
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.close();
        reader.join(5_000);
    }
}
