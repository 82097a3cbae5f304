package gg.lanelight.app.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLSocketFactory;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A throwaway CA and a server certificate it signed for 127.0.0.1 (and localhost, so tests can prove the client
 * refuses that name by itself). The CA's PEM is written to a file, as the simulator does.
 */
public final class TestTls {

    private final HeldCertificate authority;
    private final HandshakeCertificates serverCertificates;
    private final Path caPem;

    private TestTls(Path directory) throws IOException {
        authority = new HeldCertificate.Builder()
                .certificateAuthority(0)
                .commonName("Lanelight test CA")
                .build();
        HeldCertificate server = new HeldCertificate.Builder()
                .signedBy(authority)
                .commonName("127.0.0.1")
                .addSubjectAlternativeName("127.0.0.1")
                .addSubjectAlternativeName("localhost")
                .build();
        serverCertificates = new HandshakeCertificates.Builder()
                .heldCertificate(server, authority.certificate())
                .build();
        caPem = directory.resolve("test-ca.pem");
        Files.writeString(caPem, authority.certificatePem());
    }

    /** A new CA whose PEM goes into {@code directory}. */
    public static TestTls create(Path directory) throws IOException {
        return new TestTls(directory);
    }

    public Path caPem() {
        return caPem;
    }

    public SSLSocketFactory serverSocketFactory() {
        return serverCertificates.sslSocketFactory();
    }
}
