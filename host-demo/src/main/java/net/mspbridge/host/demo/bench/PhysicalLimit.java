package net.mspbridge.host.demo.bench;

import java.time.Duration;
import java.util.Map;

/**
 * The least wall time a phase's calls can take at the sandboxes' latencies, whatever the order the
 * plugin makes them in (issue 17): the larger of two sides that run side by side.
 * <ul>
 *   <li><b>Autotask</b>: each endpoint takes at most 3 calls in flight (Autotask's per-endpoint thread
 *       limit, or the sandbox's lower limit), and endpoints are independent of one another, so the
 *       side takes as long as its busiest endpoint: {@code max over endpoints of ceil(calls / p) * L}.
 *       Zone lookups are not counted (no latency, exempt from the limits).</li>
 *   <li><b>KSC</b>: each session takes one call at a time (the KSC reference's rule), and the plugin
 *       reads {@code s} sessions side by side (measured: the most sessions the sandbox saw with a
 *       call in flight at once), so {@code calls * Lk / s}.</li>
 * </ul>
 * Unlike {@link IdealTime} it ignores every dependency between calls (a page needs the page before;
 * creates need the reads): it is the physical floor, not a plan. Nothing can run faster than it.
 *
 * @param autotaskMillis the Autotask side
 * @param kscMillis      the KSC side
 * @param kscSessions    the sessions read side by side that the KSC side assumes (at least 1)
 */
record PhysicalLimit(long autotaskMillis, long kscMillis, int kscSessions) {

    /** The phase's limit: the slower side. */
    long millis() {
        return Math.max(autotaskMillis, kscMillis);
    }

    /**
     * @param autotaskByEndpoint latency-bearing Autotask calls per endpoint
     * @param perEndpoint        calls in flight per endpoint (3, or the sandbox's lower limit)
     * @param kscCalls           KSC calls, logins and session ends included
     * @param kscSessions        KSC sessions read side by side; below 1 counts as 1
     */
    static PhysicalLimit of(Map<String, Long> autotaskByEndpoint, int perEndpoint, Duration latency, long kscCalls,
                            int kscSessions, Duration kscLatency) {
        if (perEndpoint < 1 || kscCalls < 0) {
            throw new IllegalArgumentException("perEndpoint " + perEndpoint + ", kscCalls " + kscCalls);
        }
        long busiest = autotaskByEndpoint.values().stream().mapToLong(calls -> Workload.ceil(calls, perEndpoint))
                .max().orElse(0);
        int sessions = Math.max(1, kscSessions);
        return new PhysicalLimit(busiest * latency.toMillis(), kscCalls * kscLatency.toMillis() / sessions, sessions);
    }
}
