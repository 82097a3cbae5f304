package gg.lanelight.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gg.lanelight.os.process.ProcessCommandLine;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ClientConnectionTest {

    @TempDir
    Path temp;

    private TestTls tls;
    private Path installDirectory;
    private final List<FakeLeagueClient> clients = new ArrayList<>();
    private final RecordingListener listener = new RecordingListener();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private ClientConnection connection;

    @BeforeEach
    void setUp() throws Exception {
        tls = TestTls.create(temp);
        installDirectory = temp.resolve("Riot Games").resolve("League of Legends");
        logs.start();
        rootLogger().addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        if (connection != null) {
            connection.close();
        }
        clients.forEach(FakeLeagueClient::close);
        rootLogger().detachAppender(logs);
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private FakeLeagueClient startClient(String token) throws Exception {
        FakeLeagueClient client = FakeLeagueClient.start(tls, token);
        clients.add(client);
        return client;
    }

    /** Lockfile discovery only: other League clients or simulators on this machine must not be found by the test. */
    private void connect(Path trustedCa) throws Exception {
        ClientConnection.Builder builder = ClientConnection.builder()
                .listener(listener)
                .installDirectoryHint(installDirectory)
                .searchProcesses(false)
                .livePort(closedPort())
                .searchInterval(Duration.ofMillis(50));
        connection = builder.extraTrustedCa(trustedCa).build();
        connection.start();
    }

    private FakeLeagueClient connectedInLobby(String token) throws Exception {
        FakeLeagueClient client = startClient(token);
        client.writeLockfile(installDirectory);
        connect(tls.caPem());
        listener.awaitCall("phase:Lobby");
        return client;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void connectsReadsTheCurrentStateAndSubscribes() throws Exception {
        FakeLeagueClient client = startClient("firstToken-123");
        client.json("/lol-gameflow/v1/gameflow-phase", "\"ChampSelect\"");
        client.writeLockfile(installDirectory);

        connect(tls.caPem());

        List<String> calls = listener.awaitCall("champSelect:");
        assertTrue(calls.get(0).startsWith("connection:SEARCHING"), calls.toString());
        assertEquals(
                List.of(
                        "connection:CONNECTED",
                        "summoner:Kestrel Vane#EUW7",
                        "phase:ChampSelect",
                        "champSelect:cell 4"),
                calls
                        .subList(calls.indexOf("connection:CONNECTED:Connected to the League client."), calls.size())
                        .stream()
                        .map(call -> call.startsWith("connection:CONNECTED") ? "connection:CONNECTED" : call)
                        .toList());
        Set<String> expectedTopics = Set.of(
                "[5,\"OnJsonApiEvent_lol-gameflow_v1_gameflow-phase\"]",
                "[5,\"OnJsonApiEvent_lol-champ-select_v1_session\"]",
                "[5,\"OnJsonApiEvent_lol-gameflow_v1_session\"]",
                "[5,\"OnJsonApiEvent_lol-summoner_v1_current-summoner\"]");
        Set<String> sent = Set.of(client.takeFrame(), client.takeFrame(), client.takeFrame(), client.takeFrame());
        assertEquals(expectedTopics, sent);
        assertEveryRequestAuthorizedAndTokenNeverLogged(client);
        assertTrue(
                listener.threads().stream().allMatch("lanelight-client"::equals),
                listener.threads().toString());
    }

    @Test
    void eventsArriveInOrderAndAMalformedFrameKeepsTheConnection() throws Exception {
        FakeLeagueClient client = connectedInLobby("eventsToken");

        client.sendFrame(
                Fixtures.read("lcu", "ws-event-champselect.json").replace("OnJsonApiEvent", "OnJsonApiEvent_x"));
        client.sendFrame("[8, \"OnJsonApiEvent\", {\"uri\": \"/lol-champ-select/v1/session\", \"data\": [1,2]}]");
        client.sendFrame("[8, \"broken");
        client.sendFrame(Fixtures.read("lcu", "ws-event-gameflow-phase.json"));
        client.sendFrame(Fixtures.read("lcu", "ws-event-champselect-delete.json"));

        List<String> calls = listener.awaitCall("champSelect:ended");
        List<String> kinds =
                calls.stream().map(call -> call.substring(0, call.indexOf(':'))).toList();
        assertEquals(List.of("champSelect", "fault", "fault", "phase", "champSelect"), kinds, calls.toString());
        assertTrue(calls.get(1).contains("not a ChampSelectSession"), calls.get(1));
        assertTrue(calls.get(2).contains("cannot read"), calls.get(2));
        assertEquals("phase:InProgress", calls.get(3));
        assertEquals(ConnectionStatus.State.CONNECTED, connection.status().state());
        assertEquals("InProgress", connection.phase());
    }

    @Test
    void aClosedSocketIsLostAndARestartedClientIsFoundWithItsNewPortAndToken() throws Exception {
        FakeLeagueClient first = connectedInLobby("beforeRestart");

        FakeLeagueClient restarted = startClient("afterRestart");
        restartAs(first, restarted);

        RecordedRequest request = restarted.takeRequest();
        assertEquals(restarted.expectedAuthorization(), request.getHeaders().get("Authorization"));
        listener.awaitCall("phase:Lobby");
    }

    @Test
    void aClientRestartedWithANewCaAtTheSameTrustCaPathIsTrustedAgain() throws Exception {
        Path trustCa = temp.resolve("simulator-ca.pem");
        Files.copy(tls.caPem(), trustCa);
        FakeLeagueClient first = startClient("firstCaToken");
        first.writeLockfile(installDirectory);
        connect(trustCa);
        listener.awaitCall("phase:Lobby");

        TestTls newCa = TestTls.create(Files.createDirectories(temp.resolve("restarted")));
        FakeLeagueClient restarted = FakeLeagueClient.start(newCa, "secondCaToken");
        clients.add(restarted);
        Files.copy(newCa.caPem(), trustCa, StandardCopyOption.REPLACE_EXISTING);

        restartAs(first, restarted);
    }

    /** The first client goes away and the restarted one takes its lockfile; Lanelight loses one and finds the other. */
    private void restartAs(FakeLeagueClient first, FakeLeagueClient restarted) throws Exception {
        restarted.writeLockfile(installDirectory);
        first.closeSocket();
        first.close();

        List<String> calls = listener.awaitCall("connection:CONNECTED");
        assertTrue(calls.get(0).startsWith("connection:LOST"), calls.toString());
        assertEquals(
                restarted.port(), connection.rest().orElseThrow().credentials().port());
    }

    @Test
    void aProcessThatDoesNotAnswerDoesNotHideTheClientThatDoes() throws Exception {
        FakeLeagueClient client = startClient("answeringToken");
        client.writeLockfile(installDirectory);
        ProcessCommandLine stray = new ProcessCommandLine(
                ProcessHandle.current().pid(),
                List.of("/opt/LeagueClientUx", "--app-port=" + closedPort(), "--remoting-auth-token=strayToken"));
        ClientLocator locator = new ClientLocator(prefix -> List.of(stray), List.of(installDirectory));

        connection = ClientConnection.builder()
                .listener(listener)
                .locator(locator)
                .livePort(closedPort())
                .extraTrustedCa(tls.caPem())
                .build();
        connection.start();

        listener.awaitCall("connection:CONNECTED");
        assertEquals(
                client.port(), connection.rest().orElseThrow().credentials().port());
    }

    @Test
    void aGarbageLockfileIsShownWhenOnlyAStrayProcessIsFound() throws Exception {
        Files.createDirectories(installDirectory);
        Files.writeString(installDirectory.resolve(Lockfile.FILE_NAME), "not a lockfile at all");
        ProcessCommandLine stray = new ProcessCommandLine(
                ProcessHandle.current().pid(),
                List.of("/opt/LeagueClientUx", "--app-port=" + closedPort(), "--remoting-auth-token=strayToken"));

        connection = ClientConnection.builder()
                .listener(listener)
                .locator(new ClientLocator(prefix -> List.of(stray), List.of(installDirectory)))
                .livePort(closedPort())
                .searchInterval(Duration.ofMillis(50))
                .problemsShownAfter(Duration.ofMillis(200))
                .build();
        connection.start();

        List<String> calls = listener.awaitCall(call -> call.contains("not in the expected format"));
        assertTrue(calls.get(calls.size() - 1).contains("does not answer yet"), calls.toString());
    }

    @Test
    void aClientWhoseCertificateIsNotTrustedIsNeverConnected() throws Exception {
        FakeLeagueClient client = startClient("untrustedToken");
        client.writeLockfile(installDirectory);

        connect(null);

        List<String> calls = listener.awaitCall(call -> call.contains("not trusted"));
        assertTrue(calls.stream().noneMatch(call -> call.startsWith("connection:CONNECTED")), calls.toString());
        assertTrue(calls.get(calls.size() - 1).contains("--trust-ca"));
        assertTrue(calls.get(calls.size() - 1).contains("does not trust it"), calls.toString());
        assertFalse(calls.get(calls.size() - 1).contains("does not answer yet"), calls.toString());
    }

    private void assertEveryRequestAuthorizedAndTokenNeverLogged(FakeLeagueClient client) throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    client.expectedAuthorization(),
                    client.takeRequest().getHeaders().get("Authorization"));
        }
        List<String> messages =
                logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertFalse(messages.isEmpty());
        assertTrue(messages.stream().noneMatch(message -> message.contains(client.token())));
        assertTrue(messages.stream().noneMatch(message -> message.contains(client.expectedAuthorization())));
        assertTrue(messages.stream().anyMatch(message -> message.startsWith("Connected to the League client")));
    }
}
