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
 */
record PhaseFigures(String phase, long wallMillis, long usageMillis, AutotaskFigures autotask, KscFigures ksc,
                    long idealMillis, long minimumCalls, HeapMeter.Figures heap, String outcome, int planned,
                    int mismatches, List<StepLog.Step> steps) {

    PhaseFigures {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(autotask, "autotask");
        Objects.requireNonNull(ksc, "ksc");
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(outcome, "outcome");
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
     */
    record KscFigures(long calls, long logins, long hostChunks, long iteratorPages, int peakCallsPerSession,
            int leftOpen) {
    }
}
