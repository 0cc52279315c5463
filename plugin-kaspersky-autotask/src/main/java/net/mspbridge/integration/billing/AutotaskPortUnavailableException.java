package net.mspbridge.integration.billing;

/**
 * Autotask cannot be used at all: unreachable after the adapter's retries, or the credentials or
 * integration code refused. The failed call changed nothing. The message says what to check.
 */
public class AutotaskPortUnavailableException extends AutotaskPortException {

    private static final long serialVersionUID = 1L;

    public AutotaskPortUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public AutotaskPortUnavailableException(String message) {
        this(message, null);
    }
}
