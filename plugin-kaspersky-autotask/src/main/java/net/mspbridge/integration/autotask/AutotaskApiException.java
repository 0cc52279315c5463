package net.mspbridge.integration.autotask;

import java.util.List;

/**
 * Autotask answered, and the answer was an error: HTTP status, the call that was refused and the
 * server's own messages (from {@code {"errors":[...]}} or the ASP.NET {@code {"Message":...}} shape).
 * A business-rule refusal of a create (HTTP 500 with a message such as "Contract is inactive") arrives
 * as this type, and so does Autotask's own fault ("An unexpected error has occurred ... reference Error
 * Id ..."), also HTTP 500, which may come after the change was saved: the status alone does not say
 * whether a create was made (the billing port settles it by reading again).
 */
public class AutotaskApiException extends AutotaskException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String method;
    private final String endpoint;
    private final List<String> serverMessages;

    /**
     * @param status         the HTTP status Autotask answered with
     * @param method         the HTTP method of the call
     * @param endpoint       the path under {@code V1.0/}, without query string, e.g. {@code Contracts/query}
     * @param serverMessages Autotask's own messages, possibly empty
     */
    public AutotaskApiException(int status, String method, String endpoint, List<String> serverMessages) {
        this(describe(status, method, endpoint, serverMessages), status, method, endpoint, serverMessages);
    }

    protected AutotaskApiException(String message, int status, String method, String endpoint,
            List<String> serverMessages) {
        super(message);
        this.status = status;
        this.method = method;
        this.endpoint = endpoint;
        this.serverMessages = List.copyOf(serverMessages);
    }

    /** The HTTP status of Autotask's answer. */
    public int status() {
        return status;
    }

    /** The HTTP method of the refused call. */
    public String method() {
        return method;
    }

    /** The path under {@code V1.0/} of the refused call, without query string. */
    public String endpoint() {
        return endpoint;
    }

    /** Autotask's own messages, in its order; empty when it gave none. */
    public List<String> serverMessages() {
        return serverMessages;
    }

    static String describe(int status, String method, String endpoint, List<String> serverMessages) {
        String said = serverMessages.isEmpty() ? "(no message given)" : String.join("; ", serverMessages);
        return "Autotask answered HTTP " + status + " to " + method + " " + endpoint + ": " + said;
    }
}
