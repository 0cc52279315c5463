package net.mspbridge.integration.kaspersky.ksc;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An Open API call failed on the server: it answered with a {@code PxgError} (also with HTTP 200),
 * with an unexpected HTTP status, or with something that is not the API's JSON.
 */
public final class KscCallException extends KscException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final int httpStatus;
    private final Integer errorCode;
    private final String serverMessage;
    private final String attribute;

    KscCallException(String message, String method, int httpStatus, Integer errorCode, String serverMessage,
            Throwable cause) {
        this(message, method, httpStatus, errorCode, serverMessage, null, cause);
    }

    KscCallException(String message, String method, int httpStatus, Integer errorCode, String serverMessage,
            String attribute, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.serverMessage = serverMessage;
        this.attribute = attribute;
    }

    /** The call, as {@code Class.Method}, for example {@code ChunkAccessor.GetItemsChunk}. */
    public String method() {
        return method;
    }

    /** The HTTP status of the answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The {@code PxgError} code, when the server sent one. */
    public OptionalInt errorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /** The attribute the server refused, when its message names one of the attributes the call asked for. */
    public Optional<String> attribute() {
        return Optional.ofNullable(attribute);
    }

    /** The {@code PxgError} message, when the server sent one. */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }
}
