package gg.lanelight.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port choices on 127.0.0.1 for the demo's servers. */
final class LoopbackPorts {

    private LoopbackPorts() {}

    /** {@code preferred} when nothing listens there yet, else a port the system has just handed out as free. */
    static int freeOr(int preferred) throws DemoException {
        if (isFree(preferred)) {
            return preferred;
        }
        return unusedPort();
    }

    /**
     * A port that was free a moment ago and is closed now: nothing answers there, which is how the demo plays a stats
     * backend that is down.
     */
    static int unusedPort() throws DemoException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DemoException("Cannot find a free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
