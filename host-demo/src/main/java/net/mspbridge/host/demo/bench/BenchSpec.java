package net.mspbridge.host.demo.bench;

import java.time.Duration;
import java.time.LocalDate;

import net.mspbridge.host.sandbox.seed.ScaleSpec;

/**
 * One benchmark case: the size of the generated data and how the Autotask sandbox behaves.
 *
 * @param customers        KSC virtual servers, each with an Autotask company and Recurring Service contract
 * @param hosts            KSC hosts over all customers
 * @param applications     KSC applications in use (1 to 6: the KSC products the sandbox and the plugin's catalog know)
 * @param latency          added by the Autotask sandbox to every authenticated call while it holds its thread slot
 * @param threadLimit      concurrent calls the Autotask sandbox allows per endpoint (Autotask: 3)
 * @param requestThreshold requests per rolling hour the Autotask sandbox allows (Autotask: 10,000)
 * @param seed             the same seed gives the same data
 * @param date             the billing run's effective date, and the day the data is dated around
 * @param baseline         whether the naive baseline runs too
 * @param kscLatency       added by the KSC sandbox to every call, logins and {@code Session.EndSession}
 *                         included: the round trip to a real Administration Server
 * @param dailyChangePercent null for a first bill (almost every pair changes); else the daily case, the
 *                         day after a complete bill, with this share of the pairs changing
 * @param kscSessions      virtual servers the plugin reads at once (its setting
 *                         {@code ksc.parallelVirtualServers}), 1 to {@value #MAX_KSC_SESSIONS}; null leaves the
 *                         plugin's default
 */
record BenchSpec(int customers, int hosts, int applications, Duration latency, int threadLimit, int requestThreshold,
                 long seed, LocalDate date, boolean baseline, Duration kscLatency, Double dailyChangePercent,
                 Integer kscSessions) {

    static final int MAX_CUSTOMERS = 100_000;
    static final int MAX_HOSTS = 10_000_000;
    static final int MAX_APPLICATIONS = 6;
    static final int MAX_LATENCY_MS = 60_000;
    static final int MAX_THREAD_LIMIT = 16;
    static final int MAX_KSC_SESSIONS = 16;

    /**
     * @throws IllegalArgumentException naming the option that is out of range and its range
     */
    BenchSpec {
        // First, as the command has always reported a bad --ksc-sessions before the other options.
        if (kscSessions != null) {
            range("--ksc-sessions", kscSessions, 1, MAX_KSC_SESSIONS);
        }
        range("--customers", customers, 1, MAX_CUSTOMERS);
        range("--hosts", hosts, 0, MAX_HOSTS);
        range("--apps", applications, 1, MAX_APPLICATIONS);
        if (latency == null || latency.isNegative() || latency.toMillis() > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("--latency-ms must be between 0 and " + MAX_LATENCY_MS + ", not "
                    + (latency == null ? "missing" : latency.toMillis()));
        }
        if (kscLatency == null || kscLatency.isNegative() || kscLatency.toMillis() > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("--ksc-latency-ms must be between 0 and " + MAX_LATENCY_MS + ", not "
                    + (kscLatency == null ? "missing" : kscLatency.toMillis()));
        }
        if (dailyChangePercent != null && !(dailyChangePercent >= 0 && dailyChangePercent <= 100)) {
            throw new IllegalArgumentException("--daily must be a share of the pairs between 0 and 100 (%), not "
                    + dailyChangePercent);
        }
        range("--thread-limit", threadLimit, 1, MAX_THREAD_LIMIT);
        range("--request-threshold", requestThreshold, 1, Integer.MAX_VALUE);
        if (date == null) {
            throw new IllegalArgumentException("the effective date is missing");
        }
    }

    /** The generator's spec for this case. */
    ScaleSpec scale() {
        return new ScaleSpec(customers, hosts, applications, seed, date, dailyChangePercent);
    }

    /** Whether this is the daily case (few pairs change) rather than a first bill. */
    boolean daily() {
        return dailyChangePercent != null;
    }

    private static void range(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + String.format("%,d", min) + " and "
                    + String.format("%,d", max) + ", not " + String.format("%,d", value));
        }
    }
}
