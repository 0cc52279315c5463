package net.mspbridge.host.sandbox.autotask;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides each call's fault: first any fault scheduled for its endpoint (tests that need one exact
 * fault on one exact call), then a draw by the {@link FaultOptions}. Thread-safe.
 */
final class FaultInjector {

    private volatile FaultOptions options;
    private Random random;
    private final Map<String, Deque<FaultKind>> scheduled = new ConcurrentHashMap<>();

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
