package gg.lanelight.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LcuTrustTest {

    @TempDir
    Path temp;

    private TestTls tls;
    private FakeLeagueClient client;

    @BeforeEach
    void startClient() throws Exception {
        tls = TestTls.create(temp);
        client = FakeLeagueClient.start(tls, "trustTestToken");
    }

    @AfterEach
    void stopClient() {
        client.close();
    }

    private ClientCredentials credentials() {
        return new ClientCredentials(client.port(), client.token(), 1, null, ClientCredentials.Source.LOCKFILE);
    }

    @Test
    void riotsCertificateAuthorityIsBundled() throws Exception {
        X509Certificate riot = LcuTrust.riotOnly().trustedCertificates().get(0);

        assertTrue(riot.getSubjectX500Principal().getName().contains("CN=LoL Game Engineering Certificate Authority"));
        assertEquals(riot.getSubjectX500Principal(), riot.getIssuerX500Principal(), "a self-signed root");
    }

    @Test
    void aServerFromAnUnconfiguredAuthorityIsRejected() throws Exception {
        LcuRestClient rest = new LcuRestClient(credentials(), LcuRestClient.httpClientFor(LcuTrust.riotOnly()));

        LcuException e = assertThrows(LcuException.class, rest::gameflowPhase);

        assertTrue(e.getMessage().contains("not trusted"), e.getMessage());
        assertTrue(e.clientUnreachable());
    }

    @Test
    void theConfiguredExtraAuthorityIsAccepted() throws Exception {
        LcuTrust trust = LcuTrust.create(tls.caPem());
        LcuRestClient rest = new LcuRestClient(credentials(), LcuRestClient.httpClientFor(trust));

        assertEquals("Lobby", rest.gameflowPhase());
        assertEquals(2, trust.trustedCertificates().size());
    }

    @Test
    void onlyTheLoopbackAddressIsAccepted() throws Exception {
        OkHttpClient http = LcuRestClient.httpClientFor(LcuTrust.create(tls.caPem()));
        Request byName = new Request.Builder()
                .url("https://localhost:" + client.port() + "/lol-gameflow/v1/gameflow-phase")
                .build();

        // The test certificate names localhost too, so only the hostname verifier can refuse it.
        assertThrows(SSLPeerUnverifiedException.class, () -> {
            try (Response response = http.newCall(byName).execute()) {
                response.code();
            }
        });
        assertFalse(LcuTrust.riotOnly().hostnameVerifier().verify("localhost", null));
        assertFalse(LcuTrust.riotOnly().hostnameVerifier().verify("203.0.113.10", null));
    }

    @Test
    void anUnreadableExtraAuthorityFileIsExplained() throws Exception {
        Path notPem = Files.writeString(temp.resolve("not-a-ca.pem"), "hello");

        LcuException e = assertThrows(LcuException.class, () -> LcuTrust.create(notPem));

        assertTrue(e.getMessage().contains(notPem.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--trust-ca"), e.getMessage());
    }
}
