package gg.lanelight.backend.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A response serialised once and sent many times: status, JSON bytes, their gzip form (null when gzip would not
 * pay off), an ETag and a Cache-Control value. Immutable, so IO threads send it without locking.
 */
final class PreparedResponse {
    /** Bodies smaller than this are sent plain: gzip framing would eat most of the saving. */
    private static final int GZIP_MIN_BYTES = 256;

    private final int status;
    private final byte[] body;
    private final byte[] gzipBody;
    private final ByteBuffer directBody;
    private final ByteBuffer directGzipBody;
    private final String etag;
    private final String cacheControl;

    private PreparedResponse(
            int status, byte[] body, byte[] gzipBody, String etag, String cacheControl, boolean offHeap) {
        this.status = status;
        this.body = body;
        this.gzipBody = gzipBody;
        this.directBody = offHeap ? direct(body) : null;
        this.directGzipBody = offHeap && gzipBody != null ? direct(gzipBody) : null;
        this.etag = etag;
        this.cacheControl = cacheControl;
    }

    /**
     * A cacheable response of one snapshot: the ETag is the snapshot id plus a checksum of the body, so it changes
     * exactly when the body does.
     */
    static PreparedResponse cacheable(int status, byte[] body, String snapshotId, String cacheControl) {
        return new PreparedResponse(status, body, gzipOrNull(body), etag(body, snapshotId), cacheControl, true);
    }

    /** As {@link #cacheable}, for a body built for one request: on the heap, gzip-compressed when large enough. */
    static PreparedResponse cacheableOnce(int status, byte[] body, String snapshotId, String cacheControl) {
        return new PreparedResponse(status, body, gzipOrNull(body), etag(body, snapshotId), cacheControl, false);
    }

    /** A large answer of the moment (a batch of players): not stored by caches, but gzip-compressed when asked. */
    static PreparedResponse uncachedCompressible(int status, byte[] body) {
        return new PreparedResponse(status, body, gzipOrNull(body), null, "no-store", false);
    }

    /** A response that caches and proxies must not keep (errors of the moment, live values). */
    static PreparedResponse uncached(int status, byte[] body) {
        return new PreparedResponse(status, body, null, null, "no-store", false);
    }

    private static String etag(byte[] body, String snapshotId) {
        CRC32C checksum = new CRC32C();
        checksum.update(body);
        return "\"" + snapshotId + "-" + Long.toHexString(checksum.getValue()) + "\"";
    }

    /** Off-heap copies are written to sockets without the JDK's per-write copy into a temporary direct buffer. */
    private static ByteBuffer direct(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length);
        buffer.put(bytes).flip();
        return buffer.asReadOnlyBuffer();
    }

    private static byte[] gzipOrNull(byte[] body) {
        if (body.length < GZIP_MIN_BYTES) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }

    int status() {
        return status;
    }

    byte[] body() {
        return body;
    }

    /** The gzip-compressed body, or null when this response is always sent plain. */
    byte[] gzipBody() {
        return gzipBody;
    }

    /** A fresh view of the body for one send (views share the bytes; each has its own position). */
    ByteBuffer bodyBuffer(boolean gzip) {
        if (directBody == null) {
            return ByteBuffer.wrap(gzip && gzipBody != null ? gzipBody : body);
        }
        return (gzip && directGzipBody != null ? directGzipBody : directBody).duplicate();
    }

    /** The quoted ETag, or null for uncached responses. */
    String etag() {
        return etag;
    }

    String cacheControl() {
        return cacheControl;
    }
}
