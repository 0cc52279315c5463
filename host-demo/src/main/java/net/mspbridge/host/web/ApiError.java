package net.mspbridge.host.web;

/**
 * A request the host answers with an error: the HTTP status, a stable code for scripts, and a
 * message for people. Thrown by handlers and turned into {@code {"error": code, "message": ...}}.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad-request", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not-found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
