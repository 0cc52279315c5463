package net.mspbridge.host.sandbox.autotask;

import java.time.Clock;

/**
 * Requests in a rolling hour, as ThresholdInformation counts them: one bucket per second, so the
 * memory stays the same however many requests come. Thread-safe.
 */
final class RequestWindow {

    static final int TIMEFRAME_MINUTES = 60;
    private static final int SECONDS = TIMEFRAME_MINUTES * 60;

    private final Clock clock;
    private final long[] bucketSecond = new long[SECONDS];
    private final int[] bucketCount = new int[SECONDS];

    RequestWindow(Clock clock) {
        this.clock = clock;
        java.util.Arrays.fill(bucketSecond, Long.MIN_VALUE);
    }

    /**
     * Counts one request unless the window holds {@code threshold} already.
     *
     * @return false when the threshold is reached (the request is not counted)
     */
    synchronized boolean tryRecord(int threshold) {
        long second = clock.millis() / 1000;
        if (countAt(second) >= threshold) {
            return false;
        }
        int slot = (int) Math.floorMod(second, (long) SECONDS);
        if (bucketSecond[slot] != second) {
            bucketSecond[slot] = second;
            bucketCount[slot] = 0;
        }
        bucketCount[slot]++;
        return true;
    }

    synchronized int count() {
        return countAt(clock.millis() / 1000);
    }

    synchronized void reset() {
        java.util.Arrays.fill(bucketSecond, Long.MIN_VALUE);
        java.util.Arrays.fill(bucketCount, 0);
    }

    private int countAt(long second) {
        int total = 0;
        for (int i = 0; i < SECONDS; i++) {
            if (bucketSecond[i] > second - SECONDS && bucketSecond[i] <= second) {
                total += bucketCount[i];
            }
        }
        return total;
    }
}
