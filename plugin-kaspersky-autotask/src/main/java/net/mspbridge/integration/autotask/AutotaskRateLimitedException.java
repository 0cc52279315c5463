package net.mspbridge.integration.autotask;

import java.util.List;

/**
 * Autotask kept answering HTTP 429 (too many concurrent calls, or a request to wait longer than the
 * client is allowed to) after the client's bounded retries. The call was not carried out: Autotask
 * refuses a 429'd request before acting on it, so a create that ends here was not applied. Try again
 * later.
 */
public final class AutotaskRateLimitedException extends AutotaskApiException {

    private static final long serialVersionUID = 1L;

    /** @param serverMessages Autotask's own messages of the last 429, possibly empty */
    public AutotaskRateLimitedException(String method, String endpoint, List<String> serverMessages) {
        super("Autotask is limiting requests and kept refusing " + method + " " + endpoint
                + " after retries; nothing was changed, try again later"
                + (serverMessages.isEmpty() ? "" : " (" + String.join("; ", serverMessages) + ")"),
                429, method, endpoint, serverMessages);
    }
}
