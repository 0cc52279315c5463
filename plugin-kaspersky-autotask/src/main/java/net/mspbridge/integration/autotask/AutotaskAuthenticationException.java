package net.mspbridge.integration.autotask;

import java.util.List;

/**
 * Autotask rejected the API user, the secret or the integration code (HTTP 401, or HTTP 500
 * "IntegrationCode is invalid."), or could not find the API user's zone. The message says what a
 * person checks; retrying with the same settings cannot succeed.
 */
public final class AutotaskAuthenticationException extends AutotaskApiException {

    private static final long serialVersionUID = 1L;

    /** The message for rejected credentials. */
    public static final String REJECTED =
            "Autotask rejected the API user, secret or integration code: check them on the Connection panel";

    /** The message when the zone lookup does not know the API user. */
    public static final String UNKNOWN_USER =
            "Autotask could not find the zone of the API user: check the API user name on the Connection panel";

    /**
     * @param what           {@link #REJECTED} or {@link #UNKNOWN_USER}: what the person checks
     * @param status         the HTTP status
     * @param method         the HTTP method
     * @param endpoint       the path under {@code V1.0/}
     * @param serverMessages Autotask's own messages, possibly empty
     */
    public AutotaskAuthenticationException(String what, int status, String method, String endpoint,
            List<String> serverMessages) {
        super(what + " (HTTP " + status + " to " + method + " " + endpoint + details(serverMessages) + ")",
                status, method, endpoint, serverMessages);
    }

    private static String details(List<String> serverMessages) {
        return serverMessages.isEmpty() ? "" : ": " + String.join("; ", serverMessages);
    }
}
