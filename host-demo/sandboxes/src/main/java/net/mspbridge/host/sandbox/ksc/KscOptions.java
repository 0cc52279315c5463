package net.mspbridge.host.sandbox.ksc;

import java.time.Duration;
import java.util.Objects;

/**
 * The KSC sandbox's session rules and pace, settable while it runs.
 *
 * @param sessionLifetime         a session unused this long has expired (its next call gets 401)
 * @param expireSessionsEveryCalls every N-th call finds all sessions expired (0: never): a
 *                                deterministic way to make a client log in again mid-run
 * @param latency                 added to every call
 */
public record KscOptions(Duration sessionLifetime, int expireSessionsEveryCalls, Duration latency) {

    public KscOptions {
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        Objects.requireNonNull(latency, "latency");
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("sessionLifetime must be positive, not " + sessionLifetime);
        }
        if (expireSessionsEveryCalls < 0) {
            throw new IllegalArgumentException("expireSessionsEveryCalls must be 0 (never) or more, not " + expireSessionsEveryCalls);
        }
        if (latency.isNegative() || latency.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("latency must be between 0 and 1 minute, not " + latency);
        }
    }

    /** Sessions expire after 30 idle minutes; no forced expiry, no latency. */
    public static KscOptions defaults() {
        return new KscOptions(Duration.ofMinutes(30), 0, Duration.ZERO);
    }

    public KscOptions withSessionLifetime(Duration value) {
        return new KscOptions(value, expireSessionsEveryCalls, latency);
    }

    public KscOptions withExpireSessionsEveryCalls(int value) {
        return new KscOptions(sessionLifetime, value, latency);
    }

    public KscOptions withLatency(Duration value) {
        return new KscOptions(sessionLifetime, expireSessionsEveryCalls, value);
    }
}
