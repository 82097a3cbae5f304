package gg.lanelight.backend.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.lanelight.backend.snapshot.Manifest;
import gg.lanelight.backend.snapshot.SnapshotStore.PublishedSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots under an HTTP(S) base URL: {@code <base>/manifest.json} names the current snapshot and lists its files,
 * each at {@code <base>/<file>}. A new manifest's files are downloaded into {@code <cache>/.download-<id>/} and the
 * folder is renamed to {@code <cache>/<id>/} once complete, so a half-download is never mistaken for a snapshot.
 * TLS uses the JVM's trust store (add a private CA with {@code -Djavax.net.ssl.trustStore}); nothing is trusted blindly.
 */
final class HttpSnapshotSource implements SnapshotSource {
    private static final Logger LOG = LoggerFactory.getLogger(HttpSnapshotSource.class);
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Duration FILE_TIMEOUT = Duration.ofMinutes(5);

    private final URI base;
    private final Path cache;
    private final ObjectMapper mapper;
    private final HttpClient http;

    /**
     * @param base the folder URL holding manifest.json ("/" is appended when missing)
     * @param cache a local folder this server owns for downloaded snapshots
     */
    HttpSnapshotSource(URI base, Path cache, ObjectMapper mapper) {
        this(base, cache, mapper, HttpClient.newBuilder());
    }

    /** As above, with a client builder that may carry its own TLS context (tests with a private CA). */
    HttpSnapshotSource(URI base, Path cache, ObjectMapper mapper, HttpClient.Builder client) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.cache = cache;
        this.mapper = mapper;
        this.http = client.connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Optional<PublishedSnapshot> newest(Predicate<String> wanted) throws IOException, SnapshotRejectedException {
        Optional<byte[]> manifestBytes = fetchManifest();
        if (manifestBytes.isEmpty()) {
            return Optional.empty();
        }
        Manifest manifest = parse(manifestBytes.get());
        if (!wanted.test(manifest.snapshotId())) {
            return Optional.empty();
        }
        Path folder = cache.resolve(manifest.snapshotId());
        if (!Files.isRegularFile(folder.resolve("manifest.json"))) {
            download(manifest, manifestBytes.get(), folder);
        }
        return Optional.of(new PublishedSnapshot(folder, manifest));
    }

    /** The manifest's bytes, or empty when the source has none yet (404). */
    private Optional<byte[]> fetchManifest() throws IOException {
        HttpResponse<byte[]> response = get(base.resolve("manifest.json"), Duration.ofSeconds(10));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException(base + "manifest.json answered HTTP " + response.statusCode());
        }
        return Optional.of(response.body());
    }

    private Manifest parse(byte[] bytes) throws SnapshotRejectedException {
        Manifest manifest;
        try {
            manifest = mapper.readValue(bytes, Manifest.class);
        } catch (IOException e) {
            throw new SnapshotRejectedException("manifest", base + "manifest.json is not a snapshot manifest");
        }
        if (manifest.snapshotId() == null
                || !SAFE_NAME.matcher(manifest.snapshotId()).matches()) {
            throw new SnapshotRejectedException("manifest", "the manifest's snapshotId is missing or unsafe");
        }
        List<Manifest.TableFile> files = manifest.tables() == null ? List.of() : manifest.tables();
        for (Manifest.TableFile file : files) {
            if (file.file() == null || !SAFE_NAME.matcher(file.file()).matches()) {
                throw new SnapshotRejectedException(
                        "manifest", "the manifest names an unsafe file '" + file.file() + "'");
            }
        }
        return manifest;
    }

    private void download(Manifest manifest, byte[] manifestBytes, Path folder)
            throws IOException, SnapshotRejectedException {
        Path partial = cache.resolve(".download-" + manifest.snapshotId());
        deleteTree(partial);
        Files.createDirectories(partial);
        long started = System.nanoTime();
        try {
            for (Manifest.TableFile file : manifest.tables()) {
                downloadFile(file.file(), partial.resolve(file.file()));
            }
        } catch (SnapshotRejectedException e) {
            // named, so the loader retries this id only after a pause instead of downloading it again every poll
            throw new SnapshotRejectedException(e.reason(), e.getMessage(), manifest.snapshotId());
        }
        Files.write(partial.resolve("manifest.json"), manifestBytes);
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        LOG.info(
                "Downloaded snapshot {} from {} in {} ms",
                manifest.snapshotId(),
                base,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void downloadFile(String name, Path target) throws IOException, SnapshotRejectedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(name))
                .timeout(FILE_TIMEOUT)
                .GET()
                .build();
        HttpResponse<Path> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofFile(target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while downloading " + name, e);
        }
        if (response.statusCode() != 200) {
            throw new SnapshotRejectedException(
                    "download", base + name + " answered HTTP " + response.statusCode() + " instead of the file");
        }
    }

    private HttpResponse<byte[]> get(URI uri, Duration timeout) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + uri, e);
        }
    }

    @Override
    public void forgetAllBut(String servedId) {
        try (Stream<Path> children = Files.list(cache)) {
            for (Path child : children.toList()) {
                if (!child.getFileName().toString().equals(servedId)) {
                    deleteTree(child);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean the snapshot download folder {}: {}", cache, e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    public String describe() {
        return base.toString();
    }
}
