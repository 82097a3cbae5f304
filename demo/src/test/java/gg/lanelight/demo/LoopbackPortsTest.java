package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    @Test
    void aBusyPreferredPortIsReplacedByOneThatCanBeBound() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int chosen = LoopbackPorts.freeOr(busy.getLocalPort());

            assertNotEquals(busy.getLocalPort(), chosen);
            try (ServerSocket proof = new ServerSocket(chosen, 1, InetAddress.getLoopbackAddress())) {
                assertNotEquals(0, proof.getLocalPort());
            }
        }
    }
}
