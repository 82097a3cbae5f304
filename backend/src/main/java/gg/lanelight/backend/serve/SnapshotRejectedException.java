package gg.lanelight.backend.serve;

/** A published snapshot that must not be served: a file is missing, partial or corrupt, or the format is unknown. */
final class SnapshotRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param reason short metric label: {@code format}, {@code missing-file}, {@code partial-file}, {@code checksum},
     *     {@code download}, {@code manifest}
     */
    SnapshotRejectedException(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
