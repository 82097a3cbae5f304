package gg.lanelight.os.process;

import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.OsImplementations;
import java.util.List;

/** Reads the command lines of running processes, e.g. to find the League client's port and auth token. */
public interface ProcessCommandLineReader {
    /**
     * Command lines of the processes this user may read that carry an argument starting with argumentPrefix.
     * Processes that cannot be read or that exit during the scan are skipped. Blocks for the scan (milliseconds);
     * call it off the JavaFX thread. Thread-safe.
     *
     * @param argumentPrefix compared case-sensitively with the start of every argument, never null
     * @return the matching processes in no particular order, never null
     * @throws ProcessReadException when the process list itself cannot be read
     */
    List<ProcessCommandLine> findByArgumentPrefix(String argumentPrefix) throws ProcessReadException;

    /** The implementation for this OS (ServiceLoader + OS check + availability), never null. */
    static ProcessCommandLineReader forCurrentOs() {
        return OsImplementations.forCurrentOs(ProcessCommandLineReader.class)
                .orElseGet(() -> new UnsupportedProcessCommandLineReader(OperatingSystem.current()));
    }
}
