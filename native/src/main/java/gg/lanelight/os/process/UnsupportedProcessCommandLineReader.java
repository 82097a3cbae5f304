package gg.lanelight.os.process;

import gg.lanelight.os.OperatingSystem;
import java.util.List;

/** Stands in where no reader works, so callers get a clear error instead of a null. */
final class UnsupportedProcessCommandLineReader implements ProcessCommandLineReader {
    private final OperatingSystem os;

    UnsupportedProcessCommandLineReader(OperatingSystem os) {
        this.os = os;
    }

    @Override
    public List<ProcessCommandLine> findByArgumentPrefix(String argumentPrefix) throws ProcessReadException {
        throw new ProcessReadException("Could not list processes: Lanelight cannot read process command lines on "
                + System.getProperty("os.name") + " (" + os + "); point Lanelight at the client's lockfile instead.");
    }
}
