package gg.lanelight.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineArgumentsTest {

    @Test
    void quotedArgumentsKeepTheirSpaces() {
        CommandLineArguments arguments = CommandLineArguments.parseWindows(
                "\"C:/Games/League Client.exe\" \"--install-directory=D:\\My Games\"");

        assertEquals(List.of("C:/Games/League Client.exe", "--install-directory=D:\\My Games"), arguments.arguments());
        assertEquals("D:\\My Games", arguments.value("install-directory").orElseThrow());
    }

    @Test
    void unquotedArgumentsSplitOnWhitespace() {
        CommandLineArguments arguments =
                CommandLineArguments.parseWindows("  client.exe   --app-port=1234\t--no-rads ");

        assertEquals(List.of("client.exe", "--app-port=1234", "--no-rads"), arguments.arguments());
    }

    @Test
    void backslashesBeforeAQuoteFollowTheWindowsRules() {
        // 2 backslashes + quote: one backslash, the quote ends the group; 1 backslash + quote: a literal quote.
        CommandLineArguments arguments = CommandLineArguments.parseWindows("\"--dir=C:\\Riot\\\\\" \"a\\\"b\"");

        assertEquals(List.of("--dir=C:\\Riot\\", "a\"b"), arguments.arguments());
    }

    @Test
    void anEmptyQuotedArgumentIsKept() {
        CommandLineArguments arguments = CommandLineArguments.parseWindows("client.exe \"\" \"--crash-reporting=\"");

        assertEquals(List.of("client.exe", "", "--crash-reporting="), arguments.arguments());
        assertEquals("", arguments.value("crash-reporting").orElseThrow());
    }

    @Test
    void aListIsLookedUpTheSameWay() {
        CommandLineArguments arguments = CommandLineArguments.of(List.of("/opt/client", "--app-port=51873"));

        assertEquals("51873", arguments.value("--app-port").orElseThrow());
        assertFalse(arguments.value("app").isPresent(), "a name matches whole, not as a prefix");
    }

    @Test
    void toStringDoesNotPrintTheToken() {
        CommandLineArguments arguments = CommandLineArguments.of(List.of("--remoting-auth-token=secretToken"));

        assertFalse(arguments.toString().contains("secretToken"));
        assertTrue(arguments.toString().contains("1 arguments"));
    }
}
