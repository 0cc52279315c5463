package net.mspbridge.host.auth;

import java.time.Duration;

/** Too many failed sign-ins in a short time: sign-in is refused until {@link #retryAfter()} has passed. */
public class TooManyLoginsException extends AuthException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public TooManyLoginsException(Duration retryAfter) {
        super("too many failed sign-ins: try again in " + Math.max(1, (retryAfter.toMillis() + 999) / 1000) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
