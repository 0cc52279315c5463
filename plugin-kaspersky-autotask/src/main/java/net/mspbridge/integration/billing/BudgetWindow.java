package net.mspbridge.integration.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a run stopped by the hourly Autotask API budget may go on: the earliest instant its share is
 * certainly free again.
 *
 * <p>Autotask counts the requests of the whole database over a rolling time frame
 * ({@code ThresholdInformation}: {@code externalRequestThreshold} requests per
 * {@code requestThresholdTimeframe} minutes, 10,000 per 60 by default; "REST API supportability, query
 * thresholds, and latency",
 * https://ww1.autotask.net/help/DeveloperHelp/Content/APIs/REST/General_Topics/REST_Thresholds_Limits.htm,
 * and the time frame measured by {@code getThresholdAndUsageInfo},
 * https://ww1.autotask.net/help/DeveloperHelp/Content/APIs/SOAP/APICalls/GetThresholdAndUsageInfoCall.htm).
 * ThresholdInformation says how many requests are in the frame, not when each was made, so the plugin
 * cannot know when enough of them leave it. What it does know: every request counted when the run
 * stopped was made at or before the stop, so one time frame after the stop all of them have left the
 * rolling frame, and the run's whole share is free again unless others spend it meanwhile (which the
 * continuation's own budget reading then sees, and it defers again). That is the conservative answer:
 * it never starts a continuation into a frame still full of the run's own requests, at the cost of
 * waiting up to one frame longer than a per-request ledger might. One minute more covers the frame's
 * unpublished granularity (Autotask does not say whether requests age out by the second or the minute).
 */
public final class BudgetWindow {

    /** Autotask's frame when ThresholdInformation gives none (reference: 60 minutes). */
    static final int DEFAULT_TIMEFRAME_MINUTES = 60;
    /** Added to the frame: how requests age out of it is not documented. */
    static final Duration MARGIN = Duration.ofMinutes(1);

    private BudgetWindow() {
    }

    /**
     * @param stoppedAt        when the budget guard stopped the run, by the host's clock
     * @param timeframeMinutes ThresholdInformation's {@code requestThresholdTimeframe}; 0 or less for none
     * @return the earliest instant the run's share of the budget is free again
     */
    public static Instant freeAgainAfter(Instant stoppedAt, int timeframeMinutes) {
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        int minutes = timeframeMinutes > 0 ? timeframeMinutes : DEFAULT_TIMEFRAME_MINUTES;
        return stoppedAt.plus(Duration.ofMinutes(minutes)).plus(MARGIN);
    }
}
