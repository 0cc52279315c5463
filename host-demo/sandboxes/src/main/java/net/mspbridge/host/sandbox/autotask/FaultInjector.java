package net.mspbridge.host.sandbox.autotask;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides each call's fault: first any fault scheduled for its endpoint (tests that need one exact
 * fault on one exact call), then a draw by the {@link FaultOptions}; and counts the faults it chose
 * per endpoint and kind, so a test can say what it injected. Thread-safe.
 */
final class FaultInjector {

    private volatile FaultOptions options;
    private Random random;
    private final Map<String, Deque<FaultKind>> scheduled = new ConcurrentHashMap<>();
    private final Map<String, Map<FaultKind, AtomicLong>> injected = new ConcurrentHashMap<>();

    FaultInjector(FaultOptions options) {
        set(options);
    }

    synchronized void set(FaultOptions value) {
        this.options = value;
        this.random = new Random(value.seed());
    }

    FaultOptions options() {
        return options;
    }

    void schedule(String endpoint, FaultKind... kinds) {
        Deque<FaultKind> queue = scheduled.computeIfAbsent(endpoint.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
        synchronized (queue) {
            for (FaultKind kind : kinds) {
                queue.addLast(kind);
            }
        }
    }

    Optional<FaultKind> next(String endpoint) {
        Optional<FaultKind> fault = choose(endpoint);
        fault.ifPresent(kind -> injected.computeIfAbsent(endpoint, e -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet());
        return fault;
    }

    /** The faults chosen so far on an endpoint (as the sandbox names it), by kind; kinds never chosen are absent. */
    Map<FaultKind, Long> injected(String endpoint) {
        Map<FaultKind, Long> counts = new EnumMap<>(FaultKind.class);
        injected.forEach((name, kinds) -> {
            if (name.equalsIgnoreCase(endpoint)) {
                kinds.forEach((kind, count) -> counts.merge(kind, count.get(), Long::sum));
            }
        });
        return counts;
    }

    /** The faults chosen so far on every endpoint, by kind. */
    Map<FaultKind, Long> injected() {
        Map<FaultKind, Long> counts = new EnumMap<>(FaultKind.class);
        injected.values().forEach(kinds -> kinds.forEach((kind, count) -> counts.merge(kind, count.get(), Long::sum)));
        return counts;
    }

    void resetCounts() {
        injected.clear();
    }

    private Optional<FaultKind> choose(String endpoint) {
        Deque<FaultKind> queue = scheduled.get(endpoint.toLowerCase(Locale.ROOT));
        if (queue != null) {
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    return Optional.of(queue.removeFirst());
                }
            }
        }
        FaultOptions now = options;
        if (!now.active() || !now.covers(endpoint)) {
            return Optional.empty();
        }
        double draw;
        synchronized (this) {
            draw = random.nextDouble();
        }
        double edge = 0;
        for (FaultKind kind : FaultKind.values()) {
            edge += now.shares().getOrDefault(kind, 0.0);
            if (draw < edge) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
