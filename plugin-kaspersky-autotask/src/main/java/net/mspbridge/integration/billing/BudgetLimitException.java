package net.mspbridge.integration.billing;

/**
 * The run's share of the hourly Autotask API budget, which every integration of the customer's
 * Autotask database shares, is used up; the call was not made. The run stops calling Autotask and
 * reports the rest as deferred, rather than suspend the API for every integration.
 */
public class BudgetLimitException extends AutotaskPortException {

    private static final long serialVersionUID = 1L;

    private final int requestsInWindow;
    private final int requestsAllowed;

    /**
     * @param requestsInWindow the requests counted in the current hour when the limit was reached
     * @param requestsAllowed  the requests this run's share allows in the hour
     */
    public BudgetLimitException(String message, int requestsInWindow, int requestsAllowed) {
        super(message, null);
        this.requestsInWindow = requestsInWindow;
        this.requestsAllowed = requestsAllowed;
    }

    public int requestsInWindow() {
        return requestsInWindow;
    }

    public int requestsAllowed() {
        return requestsAllowed;
    }
}
