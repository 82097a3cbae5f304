package gg.lanelight.simulator;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a simulator inside the test JVM on free loopback ports. */
public final class InProcess {

    public static final String TOKEN = "test-Token_123";

    private InProcess() {}

    /** @param extraArguments further command-line flags, e.g. {@code --start=immediately} */
    public static Simulator start(Path folder, String scenario, double speed, String... extraArguments)
            throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--install-directory=" + folder.resolve("League of Legends"),
                "--scenario=" + scenario,
                "--speed=" + speed,
                "--live-port=" + freePort()));
        args.addAll(List.of(extraArguments));
        Simulator simulator = Simulator.start(SimulatorOptions.parse(args.toArray(String[]::new)), 0, TOKEN);
        simulator.startScenario();
        return simulator;
    }

    public static TestClient client(Simulator simulator) throws Exception {
        return new TestClient(simulator.caPem(), simulator.lcuPort(), TOKEN);
    }

    public static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A scenario file from src/test/resources/scenarios. */
    public static String scenario(String name) throws Exception {
        return Path.of(InProcess.class.getResource("/scenarios/" + name).toURI())
                .toString();
    }
}
