package gg.lanelight.backend.ingest;

/** A record that cannot be ingested; {@link #reason()} is a stable code used in the skip summary. */
final class RejectedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    private final SkipReason reason;

    RejectedRecordException(SkipReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    SkipReason reason() {
        return reason;
    }
}
