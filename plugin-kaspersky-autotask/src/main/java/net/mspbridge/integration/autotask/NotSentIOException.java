package net.mspbridge.integration.autotask;

import java.io.IOException;

/**
 * A call that certainly did not reach Autotask: no free in-flight slot in time, the call was
 * cancelled before sending, or a wait between retries was cut short (each earlier attempt was refused
 * before Autotask acted). A create ending here was not applied.
 */
class NotSentIOException extends IOException {

    private static final long serialVersionUID = 1L;

    NotSentIOException(String message) {
        super(message);
    }

    NotSentIOException(String message, Throwable cause) {
        super(message, cause);
    }
}
