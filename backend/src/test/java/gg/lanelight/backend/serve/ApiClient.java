package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A JDK HttpClient aimed at one test server on 127.0.0.1, with the assertions the API tests share. */
final class ApiClient {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    ApiClient(StatsServer server) {
        this.base = server.baseUri();
    }

    /** GET with optional header name/value pairs. */
    HttpResponse<String> get(String path, String... headers) throws Exception {
        return request("GET", path, null, headers);
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        return requestBytes("GET", path, null, headers);
    }

    /** As {@link #request}, keeping the body's bytes as sent (e.g. gzip). */
    HttpResponse<byte[]> requestBytes(String method, String path, String body, String... headers) throws Exception {
        return HTTP.send(
                builder(method, path, body, headers)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method, with a body (null for none) and header name/value pairs. */
    HttpResponse<String> request(String method, String path, String body, String... headers) throws Exception {
        return send(builder(method, path, body, headers));
    }

    private HttpRequest.Builder builder(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int index = 0; index < headers.length; index += 2) {
            request.header(headers[index], headers[index + 1]);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return TestData.MAPPER.readTree(response.body());
    }

    static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = TestData.MAPPER.readTree(response.body());
        assertEquals(code, body.path("error").asText(), response.body());
        assertTrue(body.path("message").asText().length() > 20, response.body());
    }

    /** Waits (bounded) until /v1/health names {@code snapshotId}. */
    void awaitServed(String snapshotId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!snapshotId.equals(
                get("/v1/health").headers().firstValue("X-Snapshot-Id").orElse(""))) {
            assertTrue(System.nanoTime() < deadline, "snapshot " + snapshotId + " was not served in time");
            Thread.sleep(20);
        }
    }

    /** Waits (bounded) until the server has rejected a snapshot for {@code reason}. */
    static void awaitRejected(StatsServer server, String reason, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (server.metrics().rejectedCount(reason) == 0) {
            assertTrue(System.nanoTime() < deadline, "no snapshot was rejected for " + reason + " in time");
            Thread.sleep(20);
        }
    }
}
