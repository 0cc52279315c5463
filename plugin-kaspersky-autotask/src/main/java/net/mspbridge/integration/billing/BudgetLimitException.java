package net.mspbridge.integration.billing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The run's share of the hourly Autotask API budget, which every integration of the customer's
 * Autotask database shares, is used up; the call was not made. The run stops calling Autotask and
 * reports the rest as deferred, rather than suspend the API for every integration.
 */
public class BudgetLimitException extends AutotaskPortException {

    private static final long serialVersionUID = 1L;

    private final int requestsInWindow;
    private final int requestsAllowed;
    private final Optional<Instant> resumeAfter;

    /**
     * @param requestsInWindow the requests counted in the current hour when the limit was reached
     * @param requestsAllowed  the requests this run's share allows in the hour
     */
    public BudgetLimitException(String message, int requestsInWindow, int requestsAllowed) {
        this(message, requestsInWindow, requestsAllowed, Optional.empty());
    }

    /**
     * @param requestsInWindow the requests counted in the current hour when the limit was reached
     * @param requestsAllowed  the requests this run's share allows in the hour
     * @param resumeAfter      the earliest instant the share is free again ({@link BudgetWindow}), if known
     */
    public BudgetLimitException(String message, int requestsInWindow, int requestsAllowed, Optional<Instant> resumeAfter) {
        super(message, null);
        this.requestsInWindow = requestsInWindow;
        this.requestsAllowed = requestsAllowed;
        this.resumeAfter = Objects.requireNonNull(resumeAfter, "resumeAfter");
    }

    /** The earliest instant the run's share of the budget is free again, when the port could tell. */
    public Optional<Instant> resumeAfter() {
        return resumeAfter;
    }

    public int requestsInWindow() {
        return requestsInWindow;
    }

    public int requestsAllowed() {
        return requestsAllowed;
    }
}
