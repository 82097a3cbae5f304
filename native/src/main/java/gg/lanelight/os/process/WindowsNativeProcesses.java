package gg.lanelight.os.process;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Shell32Util;
import com.sun.jna.platform.win32.Tlhelp32;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Win32 calls behind {@link WindowsProcessCommandLineReader}, loaded only when first used on Windows. */
final class WindowsNativeProcesses {
    /** {@code PROCESSINFOCLASS.ProcessCommandLineInformation}, Windows 8.1 and later. */
    private static final int PROCESS_COMMAND_LINE_INFORMATION = 60;

    private static final int STATUS_INFO_LENGTH_MISMATCH = 0xC0000004;
    private static final int STATUS_BUFFER_TOO_SMALL = 0xC0000023;
    private static final int STATUS_BUFFER_OVERFLOW = 0x80000005;

    /** The part of ntdll that jna-platform does not declare. */
    interface Ntdll extends StdCallLibrary {
        Ntdll INSTANCE = Native.load("ntdll", Ntdll.class, W32APIOptions.DEFAULT_OPTIONS);

        int NtQueryInformationProcess(
                WinNT.HANDLE process, int informationClass, Pointer information, int length, IntByReference needed);
    }

    private WindowsNativeProcesses() {}

    static void load() {
        Ntdll.INSTANCE.hashCode();
        Kernel32.INSTANCE.hashCode();
    }

    /** All process ids in a Toolhelp snapshot; throws with the Win32 error code when no snapshot can be taken. */
    static List<Long> processIds() throws ProcessReadException {
        WinNT.HANDLE snapshot =
                Kernel32.INSTANCE.CreateToolhelp32Snapshot(Tlhelp32.TH32CS_SNAPPROCESS, new WinDef.DWORD(0));
        if (WinNT.INVALID_HANDLE_VALUE.equals(snapshot)) {
            throw new ProcessReadException("Could not list the running processes (CreateToolhelp32Snapshot failed"
                    + " with Windows error " + Kernel32.INSTANCE.GetLastError()
                    + "); restart Lanelight, or point it at the client's lockfile.");
        }
        try {
            return idsIn(snapshot);
        } finally {
            Kernel32.INSTANCE.CloseHandle(snapshot);
        }
    }

    private static List<Long> idsIn(WinNT.HANDLE snapshot) {
        List<Long> ids = new ArrayList<>();
        Tlhelp32.PROCESSENTRY32.ByReference entry = new Tlhelp32.PROCESSENTRY32.ByReference();
        boolean more = Kernel32.INSTANCE.Process32First(snapshot, entry);
        while (more) {
            ids.add(entry.th32ProcessID.longValue());
            more = Kernel32.INSTANCE.Process32Next(snapshot, entry);
        }
        return ids;
    }

    /**
     * The process's arguments; empty when it is gone or protected. A client started as administrator cannot be read
     * by a Lanelight that is not, so such a player must point Lanelight at the client's lockfile.
     */
    static Optional<List<String>> arguments(long pid) {
        WinNT.HANDLE process = Kernel32.INSTANCE.OpenProcess(WinNT.PROCESS_QUERY_LIMITED_INFORMATION, false, (int) pid);
        if (process == null) {
            return Optional.empty();
        }
        try {
            return commandLine(process)
                    .filter(line -> !line.isBlank())
                    .map(line -> Arrays.asList(Shell32Util.CommandLineToArgv(line)));
        } finally {
            Kernel32.INSTANCE.CloseHandle(process);
        }
    }

    /** The result is a UNICODE_STRING whose buffer points just behind it, inside the memory we pass. */
    private static Optional<String> commandLine(WinNT.HANDLE process) {
        IntByReference needed = new IntByReference();
        int status = Ntdll.INSTANCE.NtQueryInformationProcess(
                process, PROCESS_COMMAND_LINE_INFORMATION, Pointer.NULL, 0, needed);
        if (!isTooSmall(status) || needed.getValue() <= 0) {
            return Optional.empty();
        }

        Memory information = new Memory(needed.getValue());
        status = Ntdll.INSTANCE.NtQueryInformationProcess(
                process, PROCESS_COMMAND_LINE_INFORMATION, information, needed.getValue(), needed);
        if (status != 0) {
            return Optional.empty();
        }
        return Optional.of(unicodeString(information));
    }

    private static boolean isTooSmall(int status) {
        return status == STATUS_INFO_LENGTH_MISMATCH
                || status == STATUS_BUFFER_TOO_SMALL
                || status == STATUS_BUFFER_OVERFLOW;
    }

    /** UNICODE_STRING: USHORT Length (bytes), USHORT MaximumLength, then PWSTR Buffer at pointer alignment. */
    private static String unicodeString(Pointer information) {
        int lengthInBytes = Short.toUnsignedInt(information.getShort(0));
        Pointer buffer = information.getPointer(Native.POINTER_SIZE);
        char[] characters = buffer.getCharArray(0, lengthInBytes / 2);
        return new String(characters);
    }
}
