package net.mspbridge.host.sandbox.autotask;

import java.time.Duration;
import java.util.Objects;

/**
 * The Autotask sandbox's limits and pace, settable while it runs.
 *
 * @param threadLimit              concurrent requests allowed per (integration code, endpoint); more get
 *                                 429 "API thread threshold of N threads has been exceeded" (Autotask: 3)
 * @param externalRequestThreshold requests allowed in a rolling hour; ThresholdInformation reports it and
 *                                 requests beyond it get 429 (Autotask: 10,000)
 * @param latency                  added to every authenticated call while it holds its thread slot (the
 *                                 benchmark's "per-call latency"); zero for none
 */
public record AutotaskLimits(int threadLimit, int externalRequestThreshold, Duration latency) {

    public AutotaskLimits {
        Objects.requireNonNull(latency, "latency");
        if (threadLimit < 1) {
            throw new IllegalArgumentException("threadLimit must be at least 1, not " + threadLimit);
        }
        if (externalRequestThreshold < 1) {
            throw new IllegalArgumentException("externalRequestThreshold must be at least 1, not " + externalRequestThreshold);
        }
        if (latency.isNegative() || latency.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("latency must be between 0 and 1 minute, not " + latency);
        }
    }

    /** Autotask's own limits (3 threads, 10,000 requests an hour), no added latency. */
    public static AutotaskLimits defaults() {
        return new AutotaskLimits(3, 10_000, Duration.ZERO);
    }

    public AutotaskLimits withLatency(Duration value) {
        return new AutotaskLimits(threadLimit, externalRequestThreshold, value);
    }

    public AutotaskLimits withRequestThreshold(int value) {
        return new AutotaskLimits(threadLimit, value, latency);
    }

    public AutotaskLimits withThreadLimit(int value) {
        return new AutotaskLimits(value, externalRequestThreshold, latency);
    }
}
