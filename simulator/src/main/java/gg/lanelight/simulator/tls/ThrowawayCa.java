package gg.lanelight.simulator.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A certificate authority that lives as long as one simulator run, standing in for Riot's private CA. Clients trust
 * it by loading the PEM written with {@link #writePem(Path)}; its leaf certificates name only the IP 127.0.0.1, like
 * the real client's.
 */
public final class ThrowawayCa {

    private static final String LOOPBACK = "127.0.0.1";

    private final HeldCertificate authority;

    public ThrowawayCa() {
        this.authority = new HeldCertificate.Builder()
                .certificateAuthority(0)
                .ecdsa256()
                .commonName("Lanelight Simulator Throwaway CA")
                .organizationalUnit("Lanelight simulator")
                .build();
    }

    /** Writes the CA certificate (never its key) as PEM, creating parent folders; returns the absolute path. */
    public Path writePem(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Files.writeString(absolute, authority.certificatePem());
        return absolute;
    }

    public String pem() {
        return authority.certificatePem();
    }

    /** A server TLS context with a fresh leaf certificate for IP 127.0.0.1; {@code service} names it in the CN. */
    public SSLContext serverContext(String service) {
        HeldCertificate leaf = new HeldCertificate.Builder()
                .commonName(LOOPBACK)
                .organizationalUnit(service)
                .addSubjectAlternativeName(LOOPBACK)
                .ecdsa256()
                .signedBy(authority)
                .build();
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(leaf, authority.certificate())
                .build();
        return certificates.sslContext();
    }
}
