package net.mspbridge.integration.autotask;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps a client within its share of Autotask's hourly request budget, cheaply: ThresholdInformation
 * is read before the first budgeted call and again after every {@link AutotaskOptions#budgetRecheckCalls()}
 * calls; in between the guard adds its own calls to the last reading. The estimate can only miss other
 * integrations' calls since the last reading; the rolling hour making room again is seen at the next
 * reading. A threshold of 0 or less (Autotask reporting none) stops nothing.
 *
 * <p>Thread-safe: one lock; a reading happens under it, so concurrent callers wait for that one call
 * (bounded by the call time-outs) instead of each reading.
 */
final class BudgetGuard {

    private final double share;
    private final int recheckEvery;
    private volatile Supplier<ThresholdInformation> reader;

    private ThresholdInformation last;
    private long callsSinceReading;

    BudgetGuard(double share, int recheckEvery) {
        this.share = share;
        this.recheckEvery = recheckEvery;
    }

    /** Sets how ThresholdInformation is read; once, while the client is built. */
    void readWith(Supplier<ThresholdInformation> thresholdReader) {
        if (reader != null) {
            throw new IllegalStateException("the budget reader is already set");
        }
        reader = Objects.requireNonNull(thresholdReader, "thresholdReader");
    }

    /**
     * Counts one call about to be sent.
     *
     * @throws AutotaskBudgetExhaustedException when it would take the estimate past the share (not counted)
     * @throws AutotaskException                when ThresholdInformation cannot be read
     */
    synchronized void beforeCall() {
        if (last == null || callsSinceReading >= recheckEvery) {
            read();
        }
        long threshold = last.externalRequestThreshold();
        long used = last.currentTimeframeRequestCount() + callsSinceReading;
        if (threshold > 0 && used + 1 > allowed(threshold)) {
            throw new AutotaskBudgetExhaustedException(used, threshold, share, last.requestThresholdTimeframe());
        }
        callsSinceReading++;
    }

    /** Reads ThresholdInformation now and starts counting from it. */
    synchronized ThresholdInformation read() {
        Supplier<ThresholdInformation> current = reader;
        if (current == null) {
            throw new IllegalStateException("the budget reader is not set");
        }
        ThresholdInformation reading = current.get();
        last = reading;
        callsSinceReading = 0;
        return reading;
    }

    private long allowed(long threshold) {
        return (long) Math.floor(threshold * share);
    }
}
