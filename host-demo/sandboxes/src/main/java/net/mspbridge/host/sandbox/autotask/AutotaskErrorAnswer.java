package net.mspbridge.host.sandbox.autotask;

import java.util.List;
import java.util.UUID;

/**
 * An error answer of the Autotask sandbox, in one of the two body shapes Autotask uses:
 * {@code {"errors":[...]}} (its own errors) or ASP.NET's {@code {"Message":"..."}} (routing errors
 * such as 404 and 405). Thrown inside request handling and turned into the answer; never escapes the
 * handler.
 */
final class AutotaskErrorAnswer extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final boolean aspNetShape;
    final List<String> messages;

    private AutotaskErrorAnswer(int status, boolean aspNetShape, List<String> messages) {
        super(status + " " + messages, null, false, false);
        this.status = status;
        this.aspNetShape = aspNetShape;
        this.messages = messages;
    }

    /** {@code {"errors":[message]}} with the status. */
    static AutotaskErrorAnswer errors(int status, String message) {
        return new AutotaskErrorAnswer(status, false, List.of(message));
    }

    /** A business-rule or validation failure: HTTP 500, as Autotask answers them. */
    static AutotaskErrorAnswer invalid(String message) {
        return errors(500, message);
    }

    /**
     * Autotask's answer to its own fault: HTTP 500 with "An unexpected error has occurred. If the
     * problem persists, please contact Autotask Support and reference Error Id ..." and a new id each
     * time. The same status and body shape as a validation refusal, and it may come after the change
     * was saved (seen on creates: github.com/KelvinTegelaar/AutotaskAPI/issues/25).
     */
    static AutotaskErrorAnswer unexpected() {
        return errors(500, "An unexpected error has occurred. If the problem persists, please contact Autotask Support "
                + "and reference Error Id " + UUID.randomUUID() + ".");
    }

    /** {@code {"Message":message}} with the status. */
    static AutotaskErrorAnswer aspNet(int status, String message) {
        return new AutotaskErrorAnswer(status, true, List.of(message));
    }

    static AutotaskErrorAnswer methodNotAllowed(String method) {
        return aspNet(405, "The requested resource does not support http method '" + method + "'.");
    }

    static AutotaskErrorAnswer noResource(String uri) {
        return aspNet(404, "No HTTP resource was found that matches the request URI '" + uri + "'.");
    }
}
