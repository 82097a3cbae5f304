package gg.lanelight.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real simulator process the way the demo launcher does (docs/architecture.md). */
class SimulatorProcessIT {

    private static final Pattern READY = Pattern.compile(
            "SIMULATOR READY lcu=https://127\\.0\\.0\\.1:(\\d+) live=https://127\\.0\\.0\\.1:(\\d+) ca=(.+)");
    private static final Pattern LOCKFILE = Pattern.compile("LeagueClient:(\\d+):(\\d+):([A-Za-z0-9_-]+):https");
    private static final long START_SECONDS = 90;

    @Test
    void clientUxChildServesWritesTheLockfileAndCleansUp(@TempDir Path folder) throws Exception {
        Path install = folder.resolve("Riot Games/League of Legends");
        Path stderr = folder.resolve("stderr.txt");
        Process launcher = start(stderr, "--install-directory=" + install, "--live-port=" + InProcess.freePort());
        try {
            Matcher ready = awaitReady(launcher);
            int port = Integer.parseInt(ready.group(1));
            Matcher lock = LOCKFILE.matcher(Files.readString(install.resolve("lockfile")));
            assertTrue(lock.matches(), "lockfile format");
            String token = lock.group(3);
            assertEquals(launcher.pid(), Long.parseLong(lock.group(1)));
            assertEquals(port, Integer.parseInt(lock.group(2)));

            ProcessHandle child = launcher.toHandle().children().findFirst().orElseThrow();
            List<String> commandLine = commandLine(child.pid());
            assertTrue(commandLine.contains("--app-port=" + port), commandLine.toString());
            assertTrue(commandLine.contains("--remoting-auth-token=" + token));
            assertTrue(commandLine.contains("--install-directory=" + install.toAbsolutePath()));

            TestClient client = new TestClient(Path.of(ready.group(3)), port, token);
            String summoner = "https://127.0.0.1:" + port + "/lol-summoner/v1/current-summoner";
            assertEquals(401, client.get(summoner, null).statusCode());
            assertEquals(
                    401, client.get(summoner, TestClient.basic("riot:wrong")).statusCode());
            assertEquals(
                    200,
                    client.lcu("GET", "/lol-summoner/v1/current-summoner", null).statusCode());
            assertUpgradeRefused(client, port);

            launcher.destroy();
            assertTrue(launcher.waitFor(30, TimeUnit.SECONDS), "launcher stops on SIGTERM");
            assertTrue(child.onExit().get(30, TimeUnit.SECONDS) != null);
            assertFalse(Files.exists(install.resolve("lockfile")), "lockfile removed on exit");
            assertFalse(Files.readString(stderr).contains(token), "the token never appears in the logs");
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    @Test
    void exitWhenDoneEndsAfterTheScenarioAndRemovesTheLockfile(@TempDir Path folder) throws Exception {
        Path install = folder.resolve("League");
        Process launcher = start(
                folder.resolve("stderr.txt"),
                "--install-directory=" + install,
                "--scenario=" + InProcess.scenario("draft-swap.scenario.json"),
                "--speed=20",
                "--start=immediately",
                "--exit-when-done",
                "--live-port=" + InProcess.freePort());
        try {
            awaitReady(launcher);

            assertExitsWithoutLockfile(launcher, 0, install);
        } finally {
            killTree(launcher);
        }
    }

    @Test
    void aLivePortTakenAtTheStartStopsTheStartWithItsNumber(@TempDir Path folder) throws Exception {
        Path install = folder.resolve("League");
        Path stderr = folder.resolve("stderr.txt");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process launcher = start(stderr, "--install-directory=" + install, "--live-port=" + taken.getLocalPort());
            try {
                assertExitsWithoutLockfile(launcher, 1, install);
                assertTrue(
                        Files.readString(stderr).contains("Live Client port " + taken.getLocalPort()),
                        Files.readString(stderr));
            } finally {
                killTree(launcher);
            }
        }
    }

    @Test
    void aLivePortTakenBeforeGameStartEndsTheClientAndRemovesTheLockfile(@TempDir Path folder) throws Exception {
        Path install = folder.resolve("League");
        Path stderr = folder.resolve("stderr.txt");
        int livePort = InProcess.freePort();
        Process launcher = start(
                stderr,
                "--install-directory=" + install,
                "--scenario=" + InProcess.scenario("game-start-later.scenario.json"),
                "--start=immediately",
                "--live-port=" + livePort);
        try {
            awaitReady(launcher);
            try (ServerSocket taken = new ServerSocket(livePort, 1, InetAddress.getLoopbackAddress())) {
                assertExitsWithoutLockfile(launcher, 3, install);
            }
            String log = Files.readString(stderr);
            assertTrue(log.contains("ERROR") && log.contains("Live Client port " + livePort), log);
        } finally {
            killTree(launcher);
        }
    }

    private static void assertExitsWithoutLockfile(Process launcher, int exitCode, Path install)
            throws InterruptedException {
        assertTrue(launcher.waitFor(START_SECONDS, TimeUnit.SECONDS), "the launcher exits");
        assertEquals(exitCode, launcher.exitValue());
        assertFalse(Files.exists(install.resolve("lockfile")), "lockfile removed");
    }

    private static void killTree(Process launcher) {
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
    }

    private static Process start(Path stderr, String... arguments) throws IOException {
        String classpath = "target/classes" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/classpath.txt")).trim();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                SimulatorMain.class.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    /** Reads stdout until the READY line; fails when the process dies or takes too long. */
    private static Matcher awaitReady(Process process) throws Exception {
        CompletableFuture<Matcher> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    Matcher matcher = READY.matcher(line);
                    if (matcher.matches()) {
                        return matcher;
                    }
                }
                throw new IllegalStateException("stdout closed before the READY line");
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
        try {
            return ready.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return fail("No READY line within " + START_SECONDS + " s");
        }
    }

    private static List<String> commandLine(long pid) throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
        return List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
    }

    private static void assertUpgradeRefused(TestClient client, int port) {
        CompletableFuture<WebSocket> upgrade = client.http()
                .newWebSocketBuilder()
                .header("Authorization", TestClient.basic("riot:wrong"))
                .buildAsync(URI.create("wss://127.0.0.1:" + port + "/"), new WebSocket.Listener() {});
        try {
            upgrade.get(10, TimeUnit.SECONDS);
            fail("The WebSocket upgrade succeeded with a wrong password");
        } catch (Exception e) {
            Throwable cause = e.getCause();
            assertTrue(cause instanceof WebSocketHandshakeException, String.valueOf(cause));
            assertEquals(
                    401, ((WebSocketHandshakeException) cause).getResponse().statusCode());
        }
    }
}
