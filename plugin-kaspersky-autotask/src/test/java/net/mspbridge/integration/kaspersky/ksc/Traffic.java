package net.mspbridge.integration.kaspersky.ksc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What a {@link FakeKsc} sees of its clients' concurrency: requests in flight, overall and per
 * session, and hooks that run before a call is handled (outside the server's lock, so they may
 * wait for other calls). Thread-safe.
 */
final class Traffic {

    private record Hook(String virtualServer, String method, Runnable action) {
    }

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> inFlightBySession = new ConcurrentHashMap<>();
    private final AtomicInteger maxInFlightPerSession = new AtomicInteger();
    private final List<Hook> hooks = new CopyOnWriteArrayList<>();

    /** Handles one request, counted in flight overall and, when it carries one, for its session cookie. */
    <T> T observe(String session, Supplier<T> handling) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        AtomicInteger ofSession = session == null ? null
                : inFlightBySession.computeIfAbsent(session, s -> new AtomicInteger());
        if (ofSession != null) {
            maxInFlightPerSession.accumulateAndGet(ofSession.incrementAndGet(), Math::max);
        }
        try {
            return handling.get();
        } finally {
            if (ofSession != null) {
                ofSession.decrementAndGet();
            }
            inFlight.decrementAndGet();
        }
    }

    void before(String virtualServer, String method, Runnable action) {
        hooks.add(new Hook(virtualServer, method, action));
    }

    boolean hasHooks() {
        return !hooks.isEmpty();
    }

    /** Runs the hooks of a call of {@code method} made for {@code virtualServer} (null: the main server). */
    void runHooks(String virtualServer, String method) {
        for (Hook hook : hooks) {
            if (hook.method().equals(method)
                    && (hook.virtualServer() == null || hook.virtualServer().equals(virtualServer))) {
                hook.action().run();
            }
        }
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    int maxInFlightPerSession() {
        return maxInFlightPerSession.get();
    }
}
