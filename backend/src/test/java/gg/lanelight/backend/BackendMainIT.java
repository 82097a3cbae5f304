package gg.lanelight.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.demo.DemoIdentities;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BackendMain as its own process, the way the demo launcher starts it: READY line, real HTTP, cache reuse. */
class BackendMainIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void demoServesTheLobbyAndReusesItsCacheOnTheSecondStart() throws Exception {
        List<String> demo = List.of("demo", "--matches=400", "--data-dir=" + folder.resolve("cache"));
        try (Backend first = Backend.start(demo, folder.resolve("first.err"))) {
            JsonNode local = getJson(first.url + "/v1/players/" + DemoIdentities.LOCAL_PUUID);
            assertTrue(local.path("games").asLong() >= 25, local.toString());
            assertEquals(145, local.at("/champions/0/championId").asInt(), local.toString());
            JsonNode fixturePlayer = getJson(first.url + "/v1/players/FAKE-PUUID-01-"
                    + "f64551fcd6f07823cb87971cfb91446425da18286b3ab1ef935e0cbd7a69f68a");
            assertTrue(fixturePlayer.path("games").asLong() > 25, fixturePlayer.toString());
        }
        try (Backend second = Backend.start(demo, folder.resolve("second.err"))) {
            assertEquals("ok", getJson(second.url + "/v1/health").path("status").asText());
            assertTrue(Files.readString(folder.resolve("second.err")).contains("Reusing the cached demo snapshot"));
        }
    }

    @Test
    void generateThenSnapshotThenServeThroughFiles() throws Exception {
        Path matches = folder.resolve("matches");
        Path snapshots = folder.resolve("snapshots");
        run(List.of("generate", "--matches=200", "--seed=4", "--out=" + matches, "--featured-puuids=scout-a"));
        run(List.of("snapshot", "--input=" + matches + "," + TestData.fixtureMatchFile(), "--out=" + snapshots));

        try (Backend server =
                Backend.start(List.of("serve", "--snapshots=" + snapshots), folder.resolve("serve.err"))) {
            assertTrue(getJson(server.url + "/v1/players/scout-a").path("games").asLong() >= 25);
            assertEquals(
                    1,
                    getJson(server.url + "/v1/builds/145/BOTTOM")
                                    .path("coreItems")
                                    .path("itemIds")
                                    .size()
                            / 3);
        }
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return TestData.MAPPER.readTree(response.body());
    }

    private void run(List<String> arguments) throws Exception {
        Process process = command(arguments)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(arguments.get(0) + ".log").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), arguments + " did not finish");
        assertEquals(0, process.exitValue(), Files.readString(folder.resolve(arguments.get(0) + ".log")));
    }

    static ProcessBuilder command(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                BackendMain.class.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command);
    }

    /** A running BackendMain child process and the URL from its READY line. */
    private record Backend(Process process, String url) implements AutoCloseable {
        static Backend start(List<String> arguments, Path stderr) throws Exception {
            Process process = command(arguments).redirectError(stderr.toFile()).start();
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(180, TimeUnit.SECONDS);
            if (line == null || !line.startsWith("BACKEND READY http://127.0.0.1:")) {
                process.destroyForcibly();
                throw new AssertionError("No READY line, got " + line + "; stderr: " + Files.readString(stderr));
            }
            return new Backend(process, line.substring("BACKEND READY ".length()));
        }

        private static String readLine(BufferedReader reader) {
            try {
                return reader.readLine();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
