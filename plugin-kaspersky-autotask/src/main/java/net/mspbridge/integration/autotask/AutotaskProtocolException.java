package net.mspbridge.integration.autotask;

/**
 * Autotask's answer could not be understood: not JSON, or not the documented shape (a page without
 * {@code items}, a create without {@code itemId}, a paging loop). Usually a proxy or a service
 * problem in between; the message names the call.
 */
public final class AutotaskProtocolException extends AutotaskException {

    private static final long serialVersionUID = 1L;

    /** @param problem what was wrong with the answer */
    public AutotaskProtocolException(String method, String endpoint, String problem, Throwable cause) {
        super("Autotask's answer to " + method + " " + endpoint + " could not be read: " + problem, cause);
    }
}
