package gg.lanelight.backend.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * nginx on 127.0.0.1 serving the very responses of the stats service as static files (plain and pre-gzipped), with the
 * same number of workers as cores: the machine's ceiling for this request mix. Started with a temporary config and
 * root, stopped by {@link #close()}.
 */
final class NginxCeiling implements AutoCloseable {
    /** The file holding the answer of a path, inside a folder named like the path. */
    private static final String ANSWER_FILE = "answer.json";

    private final Process nginx;
    private final int port;

    private NginxCeiling(Process nginx, int port) {
        this.nginx = nginx;
        this.port = port;
    }

    /**
     * Copies the answer of every distinct path of {@code paths} from {@code service} into a root under
     * {@code workDir} (which also fills the service's caches, as real traffic would) and returns the root.
     */
    static Path copyAnswers(Path workDir, URI service, List<String> paths) throws IOException, InterruptedException {
        Path root = workDir.resolve("nginx-root");
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new LinkedHashSet<>(paths)) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(service.resolve(path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException(path + " answered " + response.statusCode() + " while copying for nginx");
            }
            // a path may be both an answer and the parent of another (/players/x and /players/x/matches)
            Path file = root.resolve(path.substring(1)).resolve(ANSWER_FILE);
            Files.createDirectories(file.getParent());
            Files.write(file, response.body());
            Files.write(file.resolveSibling(file.getFileName() + ".gz"), gzip(response.body()));
        }
        return root;
    }

    /** Starts nginx on a free loopback port serving {@code root} (from {@link #copyAnswers}). */
    static NginxCeiling start(Path workDir, Path root) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        int port = freePort();
        Path config = workDir.resolve("nginx.conf");
        Files.writeString(config, config(workDir, root, port), StandardCharsets.UTF_8);
        Process nginx = new ProcessBuilder("nginx", "-p", workDir.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("nginx.out").toFile())
                .start();
        awaitListening(http, port, nginx);
        return new NginxCeiling(nginx, port);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static String config(Path workDir, Path root, int port) {
        int workers = Runtime.getRuntime().availableProcessors();
        return String.join(
                "\n",
                "daemon off;",
                "worker_processes " + workers + ";",
                "pid " + workDir.resolve("nginx.pid") + ";",
                "error_log " + workDir.resolve("nginx-error.log") + " warn;",
                "events { worker_connections 4096; }",
                "http {",
                "  access_log off;",
                "  client_body_temp_path " + workDir.resolve("tmp") + ";",
                "  proxy_temp_path " + workDir.resolve("tmp") + ";",
                "  fastcgi_temp_path " + workDir.resolve("tmp") + ";",
                "  uwsgi_temp_path " + workDir.resolve("tmp") + ";",
                "  scgi_temp_path " + workDir.resolve("tmp") + ";",
                "  keepalive_requests 1000000;",
                "  default_type application/json;",
                "  gzip_static on;",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    root " + root + ";",
                "    location / { try_files $uri/" + ANSWER_FILE + " =404; }",
                "    add_header Cache-Control \"public, max-age=60\";",
                "  }",
                "}",
                "");
    }

    private static void awaitListening(HttpClient http, int port, Process nginx)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IOException("nginx exited with " + nginx.exitValue() + "; see nginx.out in the work folder");
            }
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("nginx did not listen on port " + port + " within 10 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }
}
