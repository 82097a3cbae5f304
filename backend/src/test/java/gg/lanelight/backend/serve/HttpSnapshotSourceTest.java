package gg.lanelight.backend.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import gg.lanelight.backend.TestData;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot served over HTTP by a plain file server on 127.0.0.1 (as an object store or CDN would): downloaded,
 * verified and swapped in; a corrupt one is rejected while the good one keeps serving.
 */
class HttpSnapshotSourceTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path root;

    private HttpServer files;
    private Path published;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void startFileServer() throws Exception {
        published = root.resolve("bucket");
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/stats/current/", this::serveFile);
        files.start();
    }

    /** A plain file server over the bucket folder, as an object store answers; counts the requests per name. */
    private void serveFile(HttpExchange exchange) throws java.io.IOException {
        String name = exchange.getRequestURI().getPath().substring("/stats/current/".length());
        requests.computeIfAbsent(name, ignored -> new AtomicInteger()).incrementAndGet();
        Path file = published.resolve(name);
        boolean found = Files.isRegularFile(file);
        byte[] body = found ? Files.readAllBytes(file) : new byte[0];
        exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stopFileServer() {
        files.stop(0);
    }

    @Test
    void downloadsOverHttpsWithAPrivateCaAndRefusesWithoutTrust() throws Exception {
        char[] password = "changeit".toCharArray();
        Path keystore = root.resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        "keytool",
                        "-genkeypair",
                        "-keyalg",
                        "EC",
                        "-alias",
                        "server",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        assertTrue(keytool.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && keytool.exitValue() == 0);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            keys.load(in, password);
        }
        SSLContext serverTls = SSLContext.getInstance("TLS");
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        clientTls.init(null, trust.getTrustManagers(), null);

        HttpsServer tls = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tls.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        tls.createContext("/stats/current/", this::serveFile);
        tls.start();
        try {
            Path snapshots = SharedSnapshot.copyInto(root);
            String id = publish(snapshots, SnapshotCopies.republish(snapshots, 1));
            URI base = URI.create("https://127.0.0.1:" + tls.getAddress().getPort() + "/stats/current/");
            ServeOptions options = ServeOptions.local("127.0.0.1", 0).withPollMillis(50);
            HttpSnapshotSource trusted = new HttpSnapshotSource(
                    base,
                    root.resolve("tls-downloads"),
                    TestData.MAPPER,
                    HttpClient.newBuilder().sslContext(clientTls));
            try (StatsServer server = StatsServer.start(trusted, options)) {
                new ApiClient(server).awaitServed(id, DEADLINE);
            }
            HttpSnapshotSource untrusted = new HttpSnapshotSource(
                    base, root.resolve("plain-downloads"), TestData.MAPPER, HttpClient.newBuilder());
            try (StatsServer server = StatsServer.start(untrusted, options)) {
                ApiClient.assertError(new ApiClient(server).get("/v1/ready"), 503, "no-snapshot");
            }
        } finally {
            tls.stop(0);
        }
    }

    @Test
    void startsWithoutAManifestThenDownloadsSwapsAndRejectsACorruptOne() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        URI base = URI.create("http://127.0.0.1:" + files.getAddress().getPort() + "/stats/current/");
        Path downloads = root.resolve("downloads");

        try (StatsServer server = StatsServer.start(
                base, downloads, ServeOptions.local("127.0.0.1", 0).withPollMillis(50))) {
            ApiClient client = new ApiClient(server);
            ApiClient.assertError(client.get("/v1/ready"), 503, "no-snapshot");

            String first = publish(snapshots, SnapshotCopies.republish(snapshots, 1));
            client.awaitServed(first, DEADLINE);
            String second = publish(snapshots, SnapshotCopies.republish(snapshots, 2));
            client.awaitServed(second, DEADLINE);
            publish(snapshots, SnapshotCopies.republishCorrupt(snapshots, 3, "champion_role_stats.parquet"));
            ApiClient.awaitRejected(server, "checksum", DEADLINE);

            assertEquals(
                    second,
                    ApiClient.ok(client.get("/v1/health")).path("snapshotId").asText());
            assertEquals(200, client.get("/v1/builds/145/BOTTOM").statusCode());
            try (var left = Files.list(downloads)) {
                assertEquals(
                        List.of(second),
                        left.map(path -> path.getFileName().toString()).toList());
            }
        }
    }

    @Test
    void aSnapshotWithAFileMissingFromTheBucketIsRejectedOnceAndNotDownloadedAgainOnEveryPoll() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        URI base = URI.create("http://127.0.0.1:" + files.getAddress().getPort() + "/stats/current/");
        PollCounter source = new PollCounter(new HttpSnapshotSource(base, root.resolve("downloads"), TestData.MAPPER));

        try (StatsServer server =
                StatsServer.start(source, ServeOptions.local("127.0.0.1", 0).withPollMillis(20))) {
            ApiClient client = new ApiClient(server);
            String good = publish(snapshots, SnapshotCopies.republish(snapshots, 1));
            client.awaitServed(good, DEADLINE);
            publish(snapshots, SnapshotCopies.republish(snapshots, 2));
            Files.delete(published.resolve("matchups.parquet"));
            ApiClient.awaitRejected(server, "download", DEADLINE);

            source.awaitPolls(source.polls() + 10, DEADLINE);

            assertEquals(1, server.metrics().rejectedCount("download"));
            assertEquals(2, requests.get("matchups.parquet").get(), "one download per published snapshot");
            assertEquals(
                    good,
                    ApiClient.ok(client.get("/v1/health")).path("snapshotId").asText());
        }
    }

    /** Replaces the bucket's content with a snapshot folder, files first and manifest last, like an upload. */
    private String publish(Path snapshots, String snapshotId) throws Exception {
        Path folder = snapshots.resolve(snapshotId);
        Files.createDirectories(published);
        try (var children = Files.list(folder)) {
            for (Path file :
                    children.filter(path -> !path.endsWith("manifest.json")).toList()) {
                Files.copy(file, published.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(
                folder.resolve("manifest.json"),
                published.resolve("manifest.json"),
                StandardCopyOption.REPLACE_EXISTING);
        return snapshotId;
    }
}
