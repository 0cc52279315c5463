package net.mspbridge.host.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per key (the account, a client address) answered with growing delays, not a
 * lock: the first {@code free} failures within {@code window} cost nothing; after the n-th failure
 * beyond them, sign-in for that key waits {@code base}·2^(n-1) after that failure, at most
 * {@code cap}. So guessing slows to one try per {@code cap}, while the right password is refused
 * for at most {@code cap} after the last failure. Thread-safe; forgets keys whose failures left
 * the window.
 */
final class LoginThrottle {

    /** Beyond this many keys, those with no failure left in the window are dropped. */
    private static final int TIDY_ABOVE = 1_000;

    private final Clock clock;
    private final int free;
    private final Duration base;
    private final Duration cap;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    LoginThrottle(Clock clock, int free, Duration base, Duration cap, Duration window) {
        this.clock = clock;
        this.free = free;
        this.base = base;
        this.cap = cap;
        this.window = window;
    }

    /** How long sign-in for the key must still wait; empty when it may try now. */
    synchronized Optional<Duration> blockedFor(String key) {
        Deque<Instant> recent = prune(key);
        int beyond = recent.size() - free;
        if (beyond <= 0) {
            return Optional.empty();
        }
        Duration delay = beyond > 20 ? cap : base.multipliedBy(1L << (beyond - 1));
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        Duration left = Duration.between(clock.instant(), recent.peekLast().plus(delay));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    synchronized void failed(String key) {
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(recent -> prune(recent).isEmpty());
        }
        prune(key).addLast(clock.instant());
    }

    /** Forgets the key's failures: it proved itself. */
    synchronized void succeeded(String key) {
        failures.remove(key);
    }

    private Deque<Instant> prune(String key) {
        return prune(failures.computeIfAbsent(key, k -> new ArrayDeque<>()));
    }

    private Deque<Instant> prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
        return recent;
    }
}
