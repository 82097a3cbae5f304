package gg.lanelight.app.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The TLS trust for the client's local servers (the LCU and the game's port 2999): Riot's root CA, bundled in the
 * assets, plus at most one extra CA from a PEM file when configured (the simulator's own CA in tests and the
 * demo). Only the host {@code 127.0.0.1} is accepted. Nothing here trusts all certificates. Immutable, thread-safe.
 */
public final class LcuTrust {

    /** Classpath location of Riot's "LoL Game Engineering Certificate Authority". */
    public static final String RIOT_CA_RESOURCE = "/gg/lanelight/assets/tls/riotgames.pem";

    static final String LOOPBACK_ADDRESS = "127.0.0.1";

    private final List<X509Certificate> trustedCertificates;
    private final X509TrustManager trustManager;
    private final SSLContext sslContext;

    private LcuTrust(List<X509Certificate> trustedCertificates) throws GeneralSecurityException, IOException {
        this.trustedCertificates = List.copyOf(trustedCertificates);
        this.trustManager = trustManagerFor(trustedCertificates);
        this.sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, new TrustManager[] {trustManager}, null);
    }

    /** Trusts Riot's CA only: the shipped configuration. */
    public static LcuTrust riotOnly() throws LcuException {
        return create(null);
    }

    /**
     * Trusts Riot's CA and, when {@code extraCaPem} is not null, the certificates in that PEM file.
     *
     * @throws LcuException when the bundled CA is missing or the extra file cannot be read as PEM certificates
     */
    public static LcuTrust create(Path extraCaPem) throws LcuException {
        List<X509Certificate> certificates = new ArrayList<>(riotCertificates());
        if (extraCaPem != null) {
            certificates.addAll(extraCertificates(extraCaPem));
        }
        try {
            return new LcuTrust(certificates);
        } catch (GeneralSecurityException | IOException e) {
            throw new LcuException(
                    "Could not set up TLS trust for the League client: " + e.getMessage()
                            + ". This Java runtime lacks standard TLS support; reinstall Lanelight.",
                    e);
        }
    }

    /** The trust anchors, Riot's CA first; unmodifiable. */
    public List<X509Certificate> trustedCertificates() {
        return trustedCertificates;
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    public SSLSocketFactory sslSocketFactory() {
        return sslContext.getSocketFactory();
    }

    /** Accepts only {@code 127.0.0.1}: the client's certificate names the IP, and nothing else is ours to call. */
    public HostnameVerifier hostnameVerifier() {
        return (hostname, session) -> LOOPBACK_ADDRESS.equals(hostname);
    }

    /** Applies this trust (socket factory, trust manager, hostname verifier) to an OkHttp builder. */
    public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
        return builder.sslSocketFactory(sslSocketFactory(), trustManager).hostnameVerifier(hostnameVerifier());
    }

    private static List<X509Certificate> riotCertificates() throws LcuException {
        return readPem("Riot's CA certificate " + RIOT_CA_RESOURCE, "Reinstall Lanelight.", () -> {
            InputStream pem = LcuTrust.class.getResourceAsStream(RIOT_CA_RESOURCE);
            if (pem == null) {
                throw new IOException("it is missing from the application");
            }
            return pem;
        });
    }

    private static List<X509Certificate> extraCertificates(Path pemFile) throws LcuException {
        return readPem(
                "the extra trusted CA file " + pemFile,
                "Check the path given to --trust-ca.",
                () -> Files.newInputStream(pemFile));
    }

    /** Reads PEM certificates; {@code what} and {@code advice} make the error message. */
    private static List<X509Certificate> readPem(String what, String advice, PemSource source) throws LcuException {
        try (InputStream pem = source.open()) {
            List<X509Certificate> certificates = readCertificates(pem);
            if (certificates.isEmpty()) {
                throw new IOException("it holds no BEGIN CERTIFICATE block");
            }
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new LcuException("Could not read " + what + ": " + e.getMessage() + ". " + advice, e);
        }
    }

    private interface PemSource {
        InputStream open() throws IOException;
    }

    private static List<X509Certificate> readCertificates(InputStream pem) throws GeneralSecurityException {
        Collection<? extends Certificate> read =
                CertificateFactory.getInstance("X.509").generateCertificates(pem);
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : read) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }

    private static X509TrustManager trustManagerFor(List<X509Certificate> certificates)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        for (int i = 0; i < certificates.size(); i++) {
            store.setCertificateEntry("lanelight-trusted-" + i, certificates.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager) {
                return (X509TrustManager) manager;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager in " + factory.getAlgorithm());
    }
}
