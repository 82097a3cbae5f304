package gg.lanelight.app.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code --trust-ca} file, read again before each search for the client: a restarted simulator writes a new CA to
 * the same path, and it must be trusted again. Riot's CA never changes, so without this file nothing is re-read. Only
 * the connection's thread calls it.
 */
final class ExtraCaFile {

    private static final Logger LOG = LoggerFactory.getLogger(ExtraCaFile.class);

    private final Path file;
    private byte[] lastRead;

    /** {@code file} may be null (no extra CA); its content now is what the first trust was built from. */
    ExtraCaFile(Path file) {
        this.file = file;
        this.lastRead = file == null ? new byte[0] : readQuietly().orElse(new byte[0]);
    }

    /**
     * A trust built from the file when its content changed since it was last read; empty when it did not, or when it
     * cannot be read right now (e.g. half written), in which case the next call tries again.
     */
    Optional<LcuTrust> changedTrust() {
        if (file == null) {
            return Optional.empty();
        }
        Optional<byte[]> content = readQuietly().filter(bytes -> !Arrays.equals(bytes, lastRead));
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try {
            LcuTrust trust = LcuTrust.create(file);
            lastRead = content.get();
            LOG.info("The extra trusted CA in {} changed; trusting the new one", file);
            return Optional.of(trust);
        } catch (LcuException e) {
            LOG.debug("The extra trusted CA in {} changed but cannot be used yet: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<byte[]> readQuietly() {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
