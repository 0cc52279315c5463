package net.mspbridge.integration.autotask;

import java.util.Locale;

/**
 * The "deferred" signal: one more call would take the Autotask database past the share of its hourly
 * request budget this client may use ({@link AutotaskOptions#budgetShare()}). The budget is shared by
 * every integration of the customer and Autotask suspends all of them when it runs out, so the client
 * stops before that. The call was not sent. The work left should be deferred to a later run.
 */
public final class AutotaskBudgetExhaustedException extends AutotaskException {

    private static final long serialVersionUID = 1L;

    private final long used;
    private final long threshold;
    private final double share;
    private final int timeframeMinutes;

    /**
     * @param used             requests counted in the time frame
     * @param threshold        Autotask's threshold for the time frame
     * @param share            the share this client may use
     * @param timeframeMinutes the length of the time frame
     */
    public AutotaskBudgetExhaustedException(long used, long threshold, double share, int timeframeMinutes) {
        super(String.format(Locale.ROOT,
                "Autotask API budget: about %d of %d requests used in the last %d minutes, and this plugin"
                        + " stops at %.0f%% so other integrations keep working; the remaining work is deferred"
                        + " to a later run",
                used, threshold, timeframeMinutes, share * 100));
        this.used = used;
        this.threshold = threshold;
        this.share = share;
        this.timeframeMinutes = timeframeMinutes;
    }

    /** Requests counted in the current time frame: Autotask's last reading plus this client's calls since. */
    public long used() {
        return used;
    }

    /** Autotask's request threshold for the time frame. */
    public long threshold() {
        return threshold;
    }

    /** The share of the threshold this client may use, in (0, 1]. */
    public double share() {
        return share;
    }

    /** The length of Autotask's rolling time frame, in minutes, as ThresholdInformation gave it (60). */
    public int timeframeMinutes() {
        return timeframeMinutes;
    }
}
