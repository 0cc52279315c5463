package net.mspbridge.integration.autotask;

/**
 * A create may have reached Autotask but its answer was lost (time-out after sending, connection
 * reset mid-response, a gateway error). Autotask may or may not have applied it, and the client
 * never sends it again on its own: a Contract Service Adjustment cannot be read back or undone, so a
 * blind retry could bill twice. The caller re-reads what the create would have changed (the contract
 * service units) and decides.
 */
public final class AutotaskOutcomeUnknownException extends AutotaskException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String endpoint;

    /** @param reason why the answer is missing, for a person; never a credential */
    public AutotaskOutcomeUnknownException(String method, String endpoint, String reason, Throwable cause) {
        super("The answer of Autotask to " + method + " " + endpoint + " was lost (" + reason
                + "); it may or may not have been applied, and it was not sent again", cause);
        this.method = method;
        this.endpoint = endpoint;
    }

    /** The HTTP method of the create. */
    public String method() {
        return method;
    }

    /** The path under {@code V1.0/} of the create. */
    public String endpoint() {
        return endpoint;
    }
}
