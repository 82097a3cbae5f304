package gg.lanelight.demo;

import java.nio.file.Path;

/**
 * What the simulator announces once it serves: {@code SIMULATOR READY lcu=<url> live=<url> ca=<pem path>}. The CA path
 * runs to the end of the line because it may contain spaces.
 */
record SimulatorReady(String lcuUrl, String liveUrl, Path caPem) {

    static final String PREFIX = "SIMULATOR READY ";

    /** Parses what follows {@link #PREFIX} on the ready line. */
    static SimulatorReady parse(String announcement) throws DemoException {
        int lcu = announcement.indexOf("lcu=");
        int live = announcement.indexOf(" live=");
        int ca = announcement.indexOf(" ca=");
        if (lcu < 0 || live < lcu || ca < live) {
            throw new DemoException(
                    "The simulator's ready line is not 'SIMULATOR READY lcu=… live=… ca=…': " + PREFIX + announcement);
        }

        return new SimulatorReady(
                announcement.substring(lcu + "lcu=".length(), live),
                announcement.substring(live + " live=".length(), ca),
                Path.of(announcement.substring(ca + " ca=".length())));
    }
}
