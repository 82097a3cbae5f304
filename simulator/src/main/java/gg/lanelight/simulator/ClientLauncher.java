package gg.lanelight.simulator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "LeagueClient" process: picks a port and a password and re-executes the simulator as the "LeagueClientUx"
 * child with the real client's argument style, so that discovery through process command lines works as with the
 * real client. Forwards stdio and takes the child down when it is stopped itself.
 */
final class ClientLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ClientLauncher.class);
    private static final String TOKEN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final int TOKEN_LENGTH = 22;
    private static final long CHILD_STOP_SECONDS = 10;

    private final SimulatorOptions options;
    private final String[] originalArguments;

    ClientLauncher(SimulatorOptions options, String[] originalArguments) {
        this.options = options;
        this.originalArguments = originalArguments.clone();
    }

    /** Runs the child until it exits; returns its exit code. */
    int run() throws IOException, InterruptedException {
        List<String> command = command(freeLoopbackPort(), newToken());
        Process child = new ProcessBuilder(command).inheritIO().start();
        LOG.info("Started the LeagueClientUx process {}", child.pid());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop-client-ux"));
        return child.waitFor();
    }

    private List<String> command(int port, String token) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(forwardedJvmFlags());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SimulatorMain.class.getName());
        for (String argument : originalArguments) {
            if (!argument.startsWith("--install-directory=")) {
                command.add(argument);
            }
        }
        command.addAll(SimulatorOptions.clientUxArguments(
                port, token, options.installDirectory(), ProcessHandle.current().pid()));
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** System properties, heap and module flags carry over; debugger and agent flags would clash, so they don't. */
    private static List<String> forwardedJvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("-D")
                        || flag.startsWith("-X")
                        || flag.startsWith("--enable-native-access")
                        || flag.startsWith("--add-opens")
                        || flag.startsWith("--add-exports"))
                .filter(flag -> !flag.contains("jdwp") && !flag.startsWith("-Xdebug") && !flag.startsWith("-Xrun"))
                .toList();
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String newToken() {
        SecureRandom random = new SecureRandom();
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(TOKEN_CHARACTERS.charAt(random.nextInt(TOKEN_CHARACTERS.length())));
        }
        return token.toString();
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
