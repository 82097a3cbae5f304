package gg.lanelight.backend.serve;

/** A request that gets an error body: HTTP status, stable error code and a message saying what to do. */
final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** 400 for a parameter; the code is {@code invalid-<parameter>}. */
    static ApiException invalid(String parameter, String message) {
        return new ApiException(400, "invalid-" + parameter, message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
