package net.mspbridge.integration.billing;

import java.util.List;
import java.util.Objects;

/**
 * Autotask answered a create with HTTP 500 and its own messages. That answer does not say whether
 * the adjustment was made: Autotask answers its validation and business-rule refusals with 500 and
 * their message (nothing saved), and also its own faults ("An unexpected error has occurred. If the
 * problem persists, please contact Autotask Support and reference Error Id ..."), which may come
 * after the adjustment was saved. So it is an {@link OutcomeUnknownException}: the run reads the
 * pair's units again and reports a refusal, quoting {@link #errors()}, only when they did not move.
 *
 * <p>Sources: Autotask answering a create's validation failure with 500 and its message
 * (github.com/WYRE-AI/msp-claude-plugins/issues/32), its "unexpected error ... reference Error ID"
 * 500 on a create (github.com/KelvinTegelaar/AutotaskAPI/issues/25); see "Errors and limits" in the
 * project's Autotask reference.
 */
public class ServerErrorOnCreateException extends OutcomeUnknownException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> errors;

    /**
     * @param request the adjustment sent
     * @param status  the HTTP status of Autotask's answer (500)
     * @param errors  Autotask's messages ({@code errors} of the answer), at least one
     * @param cause   the client's exception, or null
     */
    public ServerErrorOnCreateException(AdjustmentRequest request, int status, List<String> errors, Throwable cause) {
        super(request, "Autotask answered HTTP " + status + " to " + Objects.requireNonNull(request, "request").describe()
                + ": " + String.join("; ", errors) + " (it may or may not have been saved; it was not sent again)", cause);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a server error on a create quotes at least one Autotask message");
        }
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** The HTTP status of Autotask's answer. */
    public int status() {
        return status;
    }

    /** Autotask's messages, as it gave them. */
    public List<String> errors() {
        return errors;
    }
}
