package net.mspbridge.integration.billing;

import java.util.Objects;

/**
 * A create was sent and its answer lost (time-out after sending, connection reset, a server error
 * that does not say the adjustment was not made). The adjustment may or may not be in force. It
 * must never be sent again blindly: the run reads the units again and settles it from them.
 */
public class OutcomeUnknownException extends AutotaskPortException {

    private static final long serialVersionUID = 1L;

    private final transient AdjustmentRequest request;

    public OutcomeUnknownException(AdjustmentRequest request, String message, Throwable cause) {
        super(message, cause);
        this.request = Objects.requireNonNull(request, "request");
    }

    public OutcomeUnknownException(AdjustmentRequest request, String message) {
        this(request, message, null);
    }

    public AdjustmentRequest request() {
        return request;
    }
}
