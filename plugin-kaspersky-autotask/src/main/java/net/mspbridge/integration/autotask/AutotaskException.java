package net.mspbridge.integration.autotask;

/**
 * Root of everything the Autotask client throws for a condition of Autotask or of its use
 * (unchecked). The subclasses carry the data a caller decides on; every message is written for a
 * person, names the endpoint where there is one, and never contains the API user name, the secret or
 * the integration code.
 *
 * <p>Misuse of the client itself (a null argument, an empty id list where one is required, an
 * invalid configuration) is an {@link IllegalArgumentException} or {@link IllegalStateException}
 * instead, with a message that names the culprit.
 */
public class AutotaskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected AutotaskException(String message) {
        super(message);
    }

    protected AutotaskException(String message, Throwable cause) {
        super(message, cause);
    }
}
