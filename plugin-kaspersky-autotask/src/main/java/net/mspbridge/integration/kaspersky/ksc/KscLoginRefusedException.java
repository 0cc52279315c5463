package net.mspbridge.integration.kaspersky.ksc;

import java.util.OptionalInt;

/** The Administration Server refused to log in with the configured user name and password. */
public final class KscLoginRefusedException extends KscException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final Integer errorCode;

    KscLoginRefusedException(String message, int httpStatus, Integer errorCode) {
        super(message, null);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** The HTTP status of the refusal, normally 401. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The {@code PxgError} code the server gave, when it gave one. */
    public OptionalInt errorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }
}
