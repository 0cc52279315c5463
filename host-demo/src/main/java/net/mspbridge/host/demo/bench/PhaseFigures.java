package net.mspbridge.host.demo.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one phase of a benchmark (the plugin's preview, its apply, or the naive baseline) did and cost.
 *
 * @param phase          {@code preview}, {@code apply} or {@code baseline}
 * @param wallMillis     wall time of the phase, start to end
 * @param usageMillis    of that, the time until usage had been read from KSC (the plugin reads it beside
 *                       Autotask), or -1 when the phase reads no usage
 * @param autotask       the Autotask sandbox's counters for the phase
 * @param ksc            the KSC sandbox's counters for the phase
 * @param idealMillis    the wall time the phase's own Autotask calls need at best (see {@link IdealTime})
 * @param minimumCalls   the fewest Autotask calls that can do the phase's work (see {@link Workload})
 * @param heap           heap figures of the whole JVM over the phase
 * @param outcome        how the run ended, for a person ("COMPLETED: 1,234 applied")
 * @param planned        lines a preview planned to change (-1 for other phases)
 * @param mismatches     mapped (contract, service) pairs not at their expected units after the phase
 *                       (-1 for a preview, which is not meant to change them)
 * @param steps          the plugin's reported steps and when each began (empty for the baseline)
 * @param limit          the least time the phase's calls can take at the sandboxes' latencies (see
 *                       {@link PhysicalLimit})
 */
record PhaseFigures(String phase, long wallMillis, long usageMillis, AutotaskFigures autotask, KscFigures ksc,
                    long idealMillis, long minimumCalls, HeapMeter.Figures heap, String outcome, int planned,
                    int mismatches, List<StepLog.Step> steps, PhysicalLimit limit) {

    PhaseFigures {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(autotask, "autotask");
        Objects.requireNonNull(ksc, "ksc");
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(limit, "limit");
        steps = List.copyOf(steps);
    }

    /** The Autotask part of the wall time: from the plugin's first Autotask step to the end. */
    long autotaskMillis() {
        return steps.stream().filter(s -> s.name().contains("Autotask")).findFirst()
                .map(s -> wallMillis - s.atMillis()).orElse(wallMillis);
    }

    /**
     * The Autotask sandbox's counters for a phase.
     *
     * @param calls      every request received (zone lookups included)
     * @param byEndpoint requests per endpoint
     * @param creates    adjustment creates received
     * @param throttled  requests answered 429 because the thread limit was reached
     * @param peakCreatesInFlight the most creates processed at once
     */
    record AutotaskFigures(long calls, Map<String, Long> byEndpoint, long creates, long throttled, int peakCreatesInFlight) {
        AutotaskFigures {
            byEndpoint = Map.copyOf(byEndpoint);
        }

        /** Calls that are not creates. */
        long reads() {
            return calls - creates;
        }
    }

    /**
     * The KSC sandbox's counters for a phase.
     *
     * @param calls         every call, logins included
     * @param logins        logins that opened a session
     * @param hostChunks    {@code ChunkAccessor.GetItemsChunk} calls (pages of hosts)
     * @param iteratorPages {@code GroupSyncIterator.GetNextItems} calls (pages of keys and key hosts)
     * @param peakCallsPerSession the most calls the sandbox saw at once on one session (one: the
     *                      plugin reads virtual servers side by side, but each session one call at a time)
     * @param leftOpen      accessors and iterators still open at the end of the phase (none: all released)
     * @param byMethod      calls per method ({@code login} and {@code Session.EndSession} included)
     * @param byVirtualServer calls per virtual server id, of the sessions bound to it
     * @param peakSessions  the most sessions with a call in flight at once: the sessions read side by side
     */
    record KscFigures(long calls, long logins, long hostChunks, long iteratorPages, int peakCallsPerSession,
            int leftOpen, Map<String, Long> byMethod, Map<Long, Long> byVirtualServer, int peakSessions) {

        KscFigures {
            byMethod = Map.copyOf(byMethod);
            byVirtualServer = Map.copyOf(byVirtualServer);
        }

        /** Virtual servers whose sessions made calls. */
        int virtualServers() {
            return byVirtualServer.size();
        }

        /** Calls of {@code method} per virtual server read, on average; 0 when none was read. */
        double perVirtualServer(long methodCalls) {
            return byVirtualServer.isEmpty() ? 0 : methodCalls / (double) byVirtualServer.size();
        }

        /** Calls of sessions bound to a virtual server, per virtual server read, on average. */
        double boundPerVirtualServer() {
            return perVirtualServer(byVirtualServer.values().stream().mapToLong(Long::longValue).sum());
        }

        /** Calls of sessions bound to no virtual server (the main server's: listing the virtual servers). */
        long unbound() {
            return calls - byVirtualServer.values().stream().mapToLong(Long::longValue).sum();
        }

        long maxPerVirtualServer() {
            return byVirtualServer.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
