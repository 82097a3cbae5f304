package gg.lanelight.backend.serve;

/** A published snapshot that must not be served: a file is missing, partial or corrupt, or the format is unknown. */
final class SnapshotRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String snapshotId;

    /**
     * @param reason short metric label: {@code format}, {@code missing-file}, {@code partial-file}, {@code checksum},
     *     {@code download}, {@code manifest}
     */
    SnapshotRejectedException(String reason, String message) {
        this(reason, message, null);
    }

    /** As above, for a snapshot whose manifest named it (e.g. a download of one of its files failed). */
    SnapshotRejectedException(String reason, String message, String snapshotId) {
        super(message, null, false, false);
        this.reason = reason;
        this.snapshotId = snapshotId;
    }

    String reason() {
        return reason;
    }

    /** The rejected snapshot's id, or null when its manifest could not be read far enough to name it. */
    String snapshotId() {
        return snapshotId;
    }
}
