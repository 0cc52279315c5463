package net.mspbridge.integration.autotask;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps a client within its share of Autotask's hourly request budget, cheaply. ThresholdInformation
 * is read before the first budgeted call; in between readings the guard adds its own calls to the
 * last reading, and stops a call that would take that estimate past the share. So the guard's safety
 * never rests on a fresh reading: the estimate can only miss other integrations' calls since the
 * last reading (and the rolling hour making room again).
 *
 * <p>It reads again once at least {@link AutotaskOptions#budgetRecheckCalls()} calls were made since
 * the last reading and either {@link AutotaskOptions#budgetRecheckInterval()} has passed since it, or
 * the next call would take the estimate past the share: a quick run far below its share is not slowed
 * by readings every hundred calls, a long run sees other integrations' use at least about once per
 * interval, and a stop is decided on a reading no more than N calls old. A threshold of 0 or less
 * (Autotask reporting none) stops nothing.
 *
 * <p>Time is measured on a monotonic ticker (nanoseconds, as {@link System#nanoTime()}), so a change
 * of the wall clock neither hastens nor delays a reading.
 *
 * <p>Thread-safe: one lock; a reading happens under it, so concurrent callers wait for that one call
 * (bounded by the call time-outs) instead of each reading.
 */
final class BudgetGuard {

    private final double share;
    private final int recheckCalls;
    private final long recheckNanos;
    private final LongSupplier ticker;
    private volatile Supplier<ThresholdInformation> reader;

    private ThresholdInformation last;
    private long readAt;
    private long callsSinceReading;

    /** @param ticker nanoseconds on a monotonic clock, as {@link System#nanoTime()}; tests move it by hand */
    BudgetGuard(double share, int recheckCalls, Duration recheckInterval, LongSupplier ticker) {
        this.share = share;
        this.recheckCalls = recheckCalls;
        this.recheckNanos = recheckInterval.toNanos();
        this.ticker = Objects.requireNonNull(ticker, "ticker");
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
        if (last == null) {
            read();
        } else if (callsSinceReading >= recheckCalls
                && (ticker.getAsLong() - readAt >= recheckNanos || wouldPassShare())) {
            read();
        }
        if (wouldPassShare()) {
            throw new AutotaskBudgetExhaustedException(estimate(), last.externalRequestThreshold(), share,
                    last.requestThresholdTimeframe());
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
        readAt = ticker.getAsLong();
        callsSinceReading = 0;
        return reading;
    }

    /** Requests in the time frame as far as the guard knows: the last reading plus its own calls since. */
    private long estimate() {
        return last.currentTimeframeRequestCount() + callsSinceReading;
    }

    private boolean wouldPassShare() {
        long threshold = last.externalRequestThreshold();
        return threshold > 0 && estimate() + 1 > (long) Math.floor(threshold * share);
    }
}
