package gg.lanelight.simulator.tls;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated client's certificate authority, standing in for Riot's private CA. Like Riot's, it stays the same
 * across restarts: the certificate and its private key are stored side by side ({@code <pem>} and {@code <pem>.key},
 * the key readable by its owner only) and reused, so an app that trusts the PEM can reconnect after a restart. Leaf
 * certificates are made at every start and name only the IP 127.0.0.1, like the real client's.
 */
public final class SimulatorCa {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorCa.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final long VALIDITY_DAYS = 10 * 365;

    /** A stored CA this close to its end is replaced, so that no run starts with a CA about to expire. */
    private static final Duration RENEW_BEFORE_END = Duration.ofDays(1);

    private final HeldCertificate authority;
    private final Path pem;

    private SimulatorCa(HeldCertificate authority, Path pem) {
        this.authority = authority;
        this.pem = pem;
    }

    /**
     * Reuses the CA stored at {@code pem} and {@code <pem>.key}, or makes one and stores both, creating parent folders.
     *
     * @throws IOException when the files cannot be read or written
     */
    public static SimulatorCa loadOrCreate(Path pem) throws IOException {
        Path certificateFile = pem.toAbsolutePath();
        Path keyFile = keyFileOf(certificateFile);
        if (Files.exists(certificateFile) && Files.exists(keyFile)) {
            HeldCertificate stored = readStored(certificateFile, keyFile);
            if (stored != null) {
                LOG.info("Reusing the simulator CA {}", certificateFile);
                return new SimulatorCa(stored, certificateFile);
            }
        }
        SimulatorCa created = new SimulatorCa(newAuthority(), certificateFile);
        created.store(keyFile);
        LOG.info("Created the simulator CA {} (its key is {})", certificateFile, keyFile);
        return created;
    }

    /** Where the private key of the CA at {@code pem} is kept. */
    public static Path keyFileOf(Path pem) {
        return pem.resolveSibling(pem.getFileName() + ".key");
    }

    /** The absolute path of the CA certificate (PEM, no key): what clients trust. */
    public Path pem() {
        return pem;
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

    /** The stored CA, or null (with a WARN saying why) when it cannot be used and a new one is made instead. */
    private static HeldCertificate readStored(Path certificateFile, Path keyFile) throws IOException {
        try {
            HeldCertificate stored =
                    HeldCertificate.decode(Files.readString(certificateFile) + Files.readString(keyFile));
            Instant end = stored.certificate().getNotAfter().toInstant();
            if (Instant.now().plus(RENEW_BEFORE_END).isAfter(end)) {
                LOG.warn(
                        "The simulator CA {} expires at {}; a new one replaces it, so trust its PEM again",
                        certificateFile,
                        end);
                return null;
            }
            return stored;
        } catch (IllegalArgumentException e) {
            LOG.warn(
                    "The simulator CA {} and its key {} cannot be read ({}); a new one replaces them, so trust its "
                            + "PEM again",
                    certificateFile,
                    keyFile,
                    e.getMessage());
            return null;
        }
    }

    private static HeldCertificate newAuthority() {
        return new HeldCertificate.Builder()
                .certificateAuthority(0)
                .ecdsa256()
                .duration(VALIDITY_DAYS, TimeUnit.DAYS)
                .commonName("Lanelight Simulator CA")
                .organizationalUnit("Lanelight simulator")
                .build();
    }

    /** The key is written first, into a file only its owner can read, and the certificate last. */
    private void store(Path keyFile) throws IOException {
        if (pem.getParent() != null) {
            Files.createDirectories(pem.getParent());
        }
        Files.deleteIfExists(keyFile);
        Files.createFile(keyFile, ownerOnly());
        Files.writeString(keyFile, authority.privateKeyPkcs8Pem());
        Files.writeString(pem, authority.certificatePem());
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }
}
