package net.mspbridge.host.runs;

import java.time.Duration;

/**
 * Time limits of billing runs.
 *
 * @param runTimeout    how long a run may take before the host asks it to stop
 * @param cancelGrace   how long a run asked to stop has before its thread is interrupted, and after
 *                      that before the host records it as failed
 * @param leaseDuration how long a run's claim on its plugin lasts without renewal; a process that
 *                      dies frees its plugin after this
 * @param renewEvery    how often a running run renews its claim and shares its progress
 * @param maxRuns       billing runs at once in this process (of different plugins)
 */
public record RunLimits(Duration runTimeout, Duration cancelGrace, Duration leaseDuration, Duration renewEvery, int maxRuns) {

    public RunLimits {
        if (renewEvery.compareTo(leaseDuration) >= 0) {
            throw new IllegalArgumentException("runs must renew their lease (" + renewEvery
                    + ") more often than it lasts (" + leaseDuration + ")");
        }
        if (maxRuns < 1) {
            throw new IllegalArgumentException("maxRuns must be at least 1");
        }
    }

    /** Two hours per run, a minute to stop, a 30-second lease renewed every 5 seconds, two runs at once. */
    public static RunLimits defaults() {
        return new RunLimits(Duration.ofHours(2), Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofSeconds(5), 2);
    }
}
