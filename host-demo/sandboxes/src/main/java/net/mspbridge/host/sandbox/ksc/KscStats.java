package net.mspbridge.host.sandbox.ksc;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the KSC sandbox has seen, for tests and the benchmark.
 *
 * @param calls                  calls by {@code Class.Method} (and {@code login}), whatever their answer
 * @param loginsAccepted         logins that opened a session
 * @param unauthorized           calls answered 401 (bad login, missing or expired session)
 * @param openAccessors          chunk accessors created and not released (nor expired)
 * @param openIterators          iterators created and not released (nor expired)
 * @param peakCallsPerSession    the most calls seen at once on one session (a KSC session takes one at a time)
 * @param callsByVirtualServer   per virtual server id, the calls of sessions bound to it, their logins and
 *                               {@code Session.EndSession} included (calls of unbound sessions are not here)
 * @param peakSessionsInFlight   the most sessions that had a call in flight at once: how many sessions a
 *                               client really read side by side
 */
public record KscStats(Map<String, Long> calls, long loginsAccepted, long unauthorized, int openAccessors,
                       int openIterators, int peakCallsPerSession, Map<Long, Long> callsByVirtualServer,
                       int peakSessionsInFlight) {

    public KscStats {
        calls = Map.copyOf(new TreeMap<>(calls));
        callsByVirtualServer = Map.copyOf(callsByVirtualServer);
    }

    /** The counters without the per-virtual-server figures (the shape before they were added). */
    public KscStats(Map<String, Long> calls, long loginsAccepted, long unauthorized, int openAccessors,
                    int openIterators, int peakCallsPerSession) {
        this(calls, loginsAccepted, unauthorized, openAccessors, openIterators, peakCallsPerSession, Map.of(), 0);
    }

    /** Calls of one method, e.g. {@code ChunkAccessor.GetItemsChunk}. */
    public long calls(String method) {
        return calls.getOrDefault(method, 0L);
    }

    public long totalCalls() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The most calls the sessions of one virtual server made, 0 when none was bound. */
    public long maxCallsPerVirtualServer() {
        return callsByVirtualServer.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
