package gg.lanelight.app.client;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A stand-in League client on a real TLS MockWebServer: REST answers from the fixtures, 401 for a wrong token, and a
 * WebSocket at {@code /} that records the frames Lanelight sends and lets the test push events.
 */
final class FakeLeagueClient implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final String token;
    private final Map<String, MockResponse> routes = new ConcurrentHashMap<>();
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> framesFromLanelight = new LinkedBlockingQueue<>();
    private final BlockingQueue<WebSocket> openedSockets = new LinkedBlockingQueue<>();
    private final CountDownLatch socketClosed = new CountDownLatch(1);
    private volatile WebSocket socket;

    private FakeLeagueClient(TestTls tls, String token) throws IOException {
        this.token = token;
        server.useHttps(tls.serverSocketFactory());
        server.setDispatcher(new Routes());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        json("/lol-summoner/v1/current-summoner", Fixtures.read("lcu", "current-summoner.json"));
        json("/lol-gameflow/v1/gameflow-phase", "\"Lobby\"");
        json("/lol-champ-select/v1/session", Fixtures.read("lcu", "champ-select-session.json"));
    }

    static FakeLeagueClient start(TestTls tls, String token) throws IOException {
        return new FakeLeagueClient(tls, token);
    }

    int port() {
        return server.getPort();
    }

    String token() {
        return token;
    }

    /** The header a correct client sends, computed here independently of the production code. */
    String expectedAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString(("riot:" + token).getBytes(StandardCharsets.UTF_8));
    }

    void json(String path, String body) {
        respond(path, 200, body);
    }

    void respond(String path, int code, String body) {
        routes.put(
                path,
                new MockResponse.Builder()
                        .code(code)
                        .setHeader("Content-Type", "application/json")
                        .body(body)
                        .build());
    }

    /** Writes {@code LeagueClient:<this JVM's pid>:<port>:<token>:https} into {@code directory}. */
    void writeLockfile(Path directory) throws IOException {
        Files.createDirectories(directory);
        String line = "LeagueClient:" + ProcessHandle.current().pid() + ":" + port() + ":" + token + ":https";
        Files.writeString(directory.resolve("lockfile"), line);
    }

    RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = requests.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the fake client within 5 s");
        }
        return request;
    }

    /** The next text frame Lanelight sent over the socket. */
    String takeFrame() throws InterruptedException {
        String frame = framesFromLanelight.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no WebSocket frame from Lanelight within 5 s");
        }
        return frame;
    }

    /** Waits for Lanelight's socket, then sends one frame on it. */
    void sendFrame(String frame) throws InterruptedException {
        awaitSocket().send(frame);
    }

    void closeSocket() throws InterruptedException {
        awaitSocket().close(1001, "client shutting down");
    }

    private WebSocket awaitSocket() throws InterruptedException {
        if (socket == null) {
            socket = openedSockets.poll(5, TimeUnit.SECONDS);
        }
        if (socket == null) {
            throw new AssertionError("Lanelight did not open the event socket within 5 s");
        }
        return socket;
    }

    /** Ends the socket with a close handshake first, so the server can shut down without waiting on it. */
    @Override
    public void close() {
        WebSocket open = socket != null ? socket : openedSockets.poll();
        if (open != null) {
            open.close(1001, "client shutting down");
            awaitSocketClosed();
        }
        server.close();
    }

    private void awaitSocketClosed() {
        try {
            socketClosed.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Routes extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            if (!expectedAuthorization().equals(request.getHeaders().get("Authorization"))) {
                return new MockResponse.Builder()
                        .code(401)
                        .body("{\"errorCode\":\"RPC_ERROR\",\"httpStatus\":401,\"message\":\"Unauthorized\"}")
                        .build();
            }
            if ("websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
                return new MockResponse.Builder()
                        .webSocketUpgrade(new ServerSide())
                        .build();
            }
            MockResponse route = routes.get(request.getUrl().encodedPath());
            return route != null ? route : notFound();
        }

        private MockResponse notFound() {
            return new MockResponse.Builder()
                    .code(404)
                    .body(Fixtures.read("lcu", "error-404.json"))
                    .build();
        }
    }

    private final class ServerSide extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            openedSockets.add(webSocket);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            framesFromLanelight.add(text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(code, null);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            socketClosed.countDown();
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
            socketClosed.countDown();
        }
    }
}
