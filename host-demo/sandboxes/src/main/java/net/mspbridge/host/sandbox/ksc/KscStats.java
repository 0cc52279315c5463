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
 */
public record KscStats(Map<String, Long> calls, long loginsAccepted, long unauthorized, int openAccessors,
                       int openIterators, int peakCallsPerSession) {

    public KscStats {
        calls = Map.copyOf(new TreeMap<>(calls));
    }

    /** Calls of one method, e.g. {@code ChunkAccessor.GetItemsChunk}. */
    public long calls(String method) {
        return calls.getOrDefault(method, 0L);
    }

    public long totalCalls() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }
}
