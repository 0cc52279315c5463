package net.mspbridge.host.sandbox.autotask;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-endpoint counters and the thread limit. The limit is Autotask's "3 threads per integration
 * code and endpoint"; only the configured integration code gets past authentication, so keying by
 * endpoint is keying by both. Thread-safe.
 */
final class EndpointCounters {

    private static final class Counter {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong throttled = new AtomicLong();
        final AtomicLong faults = new AtomicLong();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private Counter of(String endpoint) {
        return counters.computeIfAbsent(endpoint, k -> new Counter());
    }

    void received(String endpoint) {
        of(endpoint).requests.incrementAndGet();
    }

    void faultInjected(String endpoint) {
        of(endpoint).faults.incrementAndGet();
    }

    /**
     * Takes one of the endpoint's thread slots.
     *
     * @return false (and counts a throttled call) when {@code limit} calls are in flight already
     */
    boolean tryAcquire(String endpoint, int limit) {
        Counter c = of(endpoint);
        while (true) {
            int now = c.inFlight.get();
            if (now >= limit) {
                c.throttled.incrementAndGet();
                return false;
            }
            if (c.inFlight.compareAndSet(now, now + 1)) {
                c.peak.accumulateAndGet(now + 1, Math::max);
                return true;
            }
        }
    }

    /** Gives the slot back; called before the answer is written, so a client that got its answer can call again at once. */
    void release(String endpoint) {
        of(endpoint).inFlight.decrementAndGet();
    }

    int inFlight(String endpoint) {
        return of(endpoint).inFlight.get();
    }

    Map<String, EndpointStats> snapshot() {
        Map<String, EndpointStats> map = new TreeMap<>();
        counters.forEach((k, c) -> map.put(k, new EndpointStats(c.requests.get(), c.throttled.get(), c.faults.get(),
                c.inFlight.get(), c.peak.get())));
        return map;
    }

    /** Zeroes every counter but the calls in flight. */
    void reset() {
        counters.values().forEach(c -> {
            c.requests.set(0);
            c.throttled.set(0);
            c.faults.set(0);
            c.peak.set(c.inFlight.get());
        });
    }
}
