package gg.lanelight.backend.ingest;

/** Why a record (or a whole file) was left out of a snapshot. The lower-case codes appear in logs and manifests. */
public enum SkipReason {
    EMPTY_FILE("empty-file"),
    UNREADABLE_FILE("unreadable-file"),
    NOT_JSON("not-json"),
    TRUNCATED_JSON("truncated-json"),
    NOT_AN_OBJECT("not-an-object"),
    MISSING_METADATA("missing-metadata"),
    MISSING_INFO("missing-info"),
    MISSING_FIELD("missing-field"),
    WRONG_TYPE("wrong-type"),
    DUPLICATE_MATCH("duplicate-match"),
    DUPLICATE_TIMELINE("duplicate-timeline");

    private final String code;

    SkipReason(String code) {
        this.code = code;
    }

    /** The stable lower-case code, e.g. {@code truncated-json}. */
    public String code() {
        return code;
    }
}
