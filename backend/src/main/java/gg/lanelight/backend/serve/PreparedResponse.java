package gg.lanelight.backend.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A response serialised once and sent many times: status, JSON bytes, their gzip form (none when gzip would not
 * pay off), an ETag and a Cache-Control value. Snapshot answers are compressed when built; answers built for a request
 * are compressed on the first send that asks for gzip, so clients that never ask pay nothing. Safe to send from any
 * IO thread without locking (the lazily made gzip form is published through a volatile field; two threads making it
 * at once make the same bytes).
 */
final class PreparedResponse {
    /** Bodies smaller than this are sent plain: gzip framing would eat most of the saving. */
    private static final int GZIP_MIN_BYTES = 256;

    private final int status;
    private final byte[] body;
    private final boolean compressible;
    private volatile byte[] gzipBody;
    private final ByteBuffer directBody;
    private final ByteBuffer directGzipBody;
    private final String etag;
    private final String cacheControl;

    private PreparedResponse(
            int status, byte[] body, boolean compressible, String etag, String cacheControl, boolean offHeap) {
        this.status = status;
        this.body = body;
        this.compressible = compressible && body.length >= GZIP_MIN_BYTES;
        this.gzipBody = this.compressible && offHeap ? gzip(body) : null;
        this.directBody = offHeap ? direct(body) : null;
        this.directGzipBody = gzipBody != null ? direct(gzipBody) : null;
        this.etag = etag;
        this.cacheControl = cacheControl;
    }

    /**
     * A cacheable response of one snapshot: the ETag is the snapshot id plus a checksum of the body, so it changes
     * exactly when the body does.
     */
    static PreparedResponse cacheable(int status, byte[] body, String snapshotId, String cacheControl) {
        return new PreparedResponse(status, body, true, etag(body, snapshotId), cacheControl, true);
    }

    /** As {@link #cacheable}, for a body built for one request: on the heap, compressed when first asked. */
    static PreparedResponse cacheableOnce(int status, byte[] body, String snapshotId, String cacheControl) {
        return new PreparedResponse(status, body, true, etag(body, snapshotId), cacheControl, false);
    }

    /** A large answer of the moment (a batch of players): not stored by caches, but gzip-compressed when asked. */
    static PreparedResponse uncachedCompressible(int status, byte[] body) {
        return new PreparedResponse(status, body, true, null, "no-store", false);
    }

    /** A response that caches and proxies must not keep (errors of the moment, live values). */
    static PreparedResponse uncached(int status, byte[] body) {
        return new PreparedResponse(status, body, false, null, "no-store", false);
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

    private static byte[] gzip(byte[] body) {
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

    /** True when the body has a gzip form (large enough, and not an error or live value). */
    boolean compressible() {
        return compressible;
    }

    /** The gzip-compressed body (made now if it was not yet), or null when this response is always sent plain. */
    private byte[] gzipBody() {
        if (!compressible) {
            return null;
        }
        byte[] compressed = gzipBody;
        if (compressed == null) {
            compressed = gzip(body);
            gzipBody = compressed;
        }
        return compressed;
    }

    /** A fresh view of the body for one send (views share the bytes; each has its own position). */
    ByteBuffer bodyBuffer(boolean gzip) {
        if (directBody == null) {
            return ByteBuffer.wrap(gzip && compressible ? gzipBody() : body);
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
