package net.mspbridge.integration.autotask;

/**
 * Autotask could not be used for a call: not reachable, no answer in time, or no free slot among
 * the calls allowed in flight. For a read it is simply a failed read. For a create it means the
 * request certainly did not reach Autotask (refused connection, never sent), so nothing was created;
 * a create that may have reached Autotask fails with {@link AutotaskOutcomeUnknownException} instead.
 */
public final class AutotaskUnavailableException extends AutotaskException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String endpoint;

    /** @param reason what failed, for a person; never a credential */
    public AutotaskUnavailableException(String method, String endpoint, String reason, Throwable cause) {
        super("Autotask could not be reached for " + method + " " + endpoint + ": " + reason
                + ". Check the network connection to Autotask and try again.", cause);
        this.method = method;
        this.endpoint = endpoint;
    }

    /** The HTTP method of the failed call. */
    public String method() {
        return method;
    }

    /** The path under {@code V1.0/} of the failed call. */
    public String endpoint() {
        return endpoint;
    }
}
