package net.mspbridge.integration.billing;

import java.util.List;
import java.util.Objects;

/**
 * Autotask refused a create (a business rule, a date it refuses, a service it does not allow on the
 * contract): the adjustment was not made. The message quotes Autotask's own. The port raises it for a
 * client error (4xx) with Autotask's reasons; a 500 is {@link ServerErrorOnCreateException} instead,
 * since it may follow a saved change.
 */
public class AdjustmentRefusedException extends AutotaskPortException {

    private static final long serialVersionUID = 1L;

    private final transient AdjustmentRequest request;
    private final List<String> errors;

    /**
     * @param request the adjustment refused
     * @param errors  Autotask's messages ({@code errors} of the answer), at least one
     */
    public AdjustmentRefusedException(AdjustmentRequest request, List<String> errors) {
        super("Autotask refused " + Objects.requireNonNull(request, "request").describe() + ": "
                + String.join("; ", errors), null);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refusal quotes at least one Autotask message");
        }
        this.request = request;
        this.errors = List.copyOf(errors);
    }

    public AdjustmentRequest request() {
        return request;
    }

    /** Autotask's messages, as it gave them. */
    public List<String> errors() {
        return errors;
    }
}
