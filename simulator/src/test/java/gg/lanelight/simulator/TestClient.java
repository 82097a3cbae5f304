package gg.lanelight.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A real HTTPS/WSS client that trusts only the simulator's CA, as the app will. */
public final class TestClient {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final String lcuBase;
    private final String authorization;

    public TestClient(Path caPem, int lcuPort, String token) throws Exception {
        this.http = HttpClient.newBuilder()
                .sslContext(trusting(caPem))
                .connectTimeout(TIMEOUT)
                .build();
        this.lcuBase = "https://127.0.0.1:" + lcuPort;
        this.authorization = basic("riot:" + token);
    }

    public static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public static SSLContext trusting(Path caPem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            store.setCertificateEntry(
                    "simulator-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    public HttpClient http() {
        return http;
    }

    /** An authenticated LCU request; {@code body} null means no body. */
    public HttpResponse<String> lcu(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(lcuBase + path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode lcuJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = lcu("GET", path, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.MAPPER.readTree(response.body());
    }

    public HttpResponse<String> get(String url, String authorizationHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        if (authorizationHeader != null) {
            request.header("Authorization", authorizationHeader);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the WAMP socket and subscribes to {@code topic}; messages arrive in {@link Events#frames()}. */
    public Events subscribe(String topic) {
        Events events = new Events();
        WebSocket socket = http.newWebSocketBuilder()
                .header("Authorization", authorization)
                .connectTimeout(TIMEOUT)
                .buildAsync(
                        URI.create("wss://127.0.0.1:" + lcuBase.substring(lcuBase.lastIndexOf(':') + 1) + "/"), events)
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .join();
        socket.sendText("[5,\"" + topic + "\"]", true).join();
        events.socket = socket;
        return events;
    }

    /** Collects WAMP frames of one WebSocket connection. */
    public static final class Events implements WebSocket.Listener, AutoCloseable {

        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        public BlockingQueue<JsonNode> frames() {
            return frames;
        }

        /** The next frame, failing after {@code seconds}. */
        public JsonNode next(long seconds) throws InterruptedException {
            JsonNode frame = frames.poll(seconds, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("No WAMP event within " + seconds + " s");
            }
            return frame;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(Json.MAPPER.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new AssertionError("The simulator sent a frame that is not JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** Sends a WAMP unsubscribe and waits until it is sent. */
        public void unsubscribe(String topic) {
            socket.sendText("[6,\"" + topic + "\"]", true).join();
        }

        @Override
        public void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }

    /** Reads a fixture through the {@code lanelight.fixtures} system property, e.g. {@code lcu/error-404.json}. */
    public static JsonNode fixture(String relative) {
        String root = System.getProperty("lanelight.fixtures");
        if (root == null) {
            throw new IllegalStateException("Run the tests through Maven: the lanelight.fixtures property is unset");
        }
        return Json.file(Path.of(root, relative));
    }
}
