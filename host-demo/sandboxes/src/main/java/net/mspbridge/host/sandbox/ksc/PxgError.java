package net.mspbridge.host.sandbox.ksc;

/**
 * A KSC error answer: {@code {"PxgError":{"code":N,"message":"..."}}} with its HTTP status (200 for
 * errors of a call, as KSC may send them; 401 for login and session problems). Only code 1184
 * (virtual server not found) is a real KSC code known to this project; the others are the
 * sandbox's own, so clients must go by the HTTP status and the presence of {@code PxgError}.
 */
final class PxgError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final int VSERVER_NOT_FOUND = 1184;
    static final int AUTH_FAILED = 1120;
    static final int SESSION_EXPIRED = 1121;
    static final int NOT_FOUND = 1122;
    static final int INVALID_ARGUMENT = 1123;
    static final int UNKNOWN_METHOD = 1124;
    static final int ACCESS_DENIED = 1125;

    final int status;
    final int code;

    PxgError(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static PxgError call(int code, String message) {
        return new PxgError(200, code, message);
    }

    static PxgError unauthorized(int code, String message) {
        return new PxgError(401, code, message);
    }
}
