package net.mspbridge.host.demo.bench;

import java.time.Duration;

/**
 * The least wall time a set of Autotask calls can take when every call costs exactly the sandbox's
 * latency {@code L} and nothing else (no CPU, no network, no JSON), under the rules a billing run
 * keeps:
 * <ul>
 *   <li>reads are sequential: a page's {@code nextPageUrl} is known only from the page before, the plan
 *       needs every read before the first create, and the run's port reads on one thread. Every call
 *       that is not a create (queries, pages, ThresholdInformation) costs {@code L} in series;</li>
 *   <li>creates run {@code p} at a time, {@code p = min(3, the sandbox's thread limit)}: Autotask's
 *       limit of three concurrent calls per endpoint. They cost {@code ceil(creates / p) * L}.</li>
 * </ul>
 * So {@code ideal = (calls - creates) * L + ceil(creates / p) * L}. The naive baseline creates one at a
 * time, {@code p = 1}: {@code ideal = calls * L}. Zone lookups are not counted (Autotask exempts them
 * and the sandbox adds no latency to them).
 */
final class IdealTime {

    /** Autotask's concurrent calls per integration code and endpoint. */
    static final int AUTOTASK_THREADS = 3;

    private IdealTime() {
    }

    /**
     * @param calls    latency-bearing calls, creates included
     * @param creates  of which creates
     * @param parallel creates in flight at once
     */
    static long millis(long calls, long creates, int parallel, Duration latency) {
        if (calls < creates || creates < 0 || parallel < 1) {
            throw new IllegalArgumentException("calls " + calls + ", creates " + creates + ", parallel " + parallel);
        }
        long serial = (calls - creates) + Workload.ceil(creates, parallel);
        return serial * latency.toMillis();
    }

    /** Creates in flight at once for the plugin against a sandbox allowing {@code threadLimit}. */
    static int pluginParallel(int threadLimit) {
        return Math.min(AUTOTASK_THREADS, threadLimit);
    }
}
