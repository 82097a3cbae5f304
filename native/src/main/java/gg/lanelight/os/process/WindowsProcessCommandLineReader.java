package gg.lanelight.os.process;

import gg.lanelight.os.ForOperatingSystem;
import gg.lanelight.os.OperatingSystem;
import gg.lanelight.os.OsFeature;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads command lines through ntdll's ProcessCommandLineInformation (Windows 8.1 and later). This reader compiles
 * here but is untested, because the build and its tests run on Linux only; a Windows user may see it fail.
 */
@ForOperatingSystem(OperatingSystem.WINDOWS)
public final class WindowsProcessCommandLineReader implements ProcessCommandLineReader, OsFeature {
    private static final Logger LOG = LoggerFactory.getLogger(WindowsProcessCommandLineReader.class);

    @Override
    public boolean isAvailable() {
        try {
            WindowsNativeProcesses.load();
            return true;
        } catch (LinkageError e) {
            LOG.debug("Windows process libraries did not load: {}", e.toString());
            return false;
        }
    }

    @Override
    public List<ProcessCommandLine> findByArgumentPrefix(String argumentPrefix) throws ProcessReadException {
        List<ProcessCommandLine> matches = new ArrayList<>();
        for (long pid : WindowsNativeProcesses.processIds()) {
            WindowsNativeProcesses.arguments(pid)
                    .filter(arguments -> arguments.stream().anyMatch(argument -> argument.startsWith(argumentPrefix)))
                    .ifPresent(arguments -> matches.add(new ProcessCommandLine(pid, arguments)));
        }
        return matches;
    }
}
