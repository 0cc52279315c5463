package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries a call with bounded, jittered exponential back-off: reads on transient failures (transport
 * errors, 429, 500 other than a refused integration code, 502, 503, 504), creates only when Autotask
 * certainly did not act (connection refused, never sent, 429). {@code Retry-After} is honoured, in seconds or as an HTTP date; one asking for
 * longer than {@link AutotaskOptions#maxBackoff()} ends the retries. A retry that would not fit in the
 * call time-out is not started, so the last answer or failure is what the caller sees.
 */
final class RetryInterceptor implements Interceptor {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration callTimeout;

    RetryInterceptor(AutotaskOptions options) {
        this.maxAttempts = options.maxAttempts();
        this.initialBackoff = options.initialBackoff();
        this.maxBackoff = options.maxBackoff();
        this.callTimeout = options.callTimeout();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallKind kind = CallInfo.of(request).kind();
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (attempt >= maxAttempts || !Failures.retryable(kind, e) || chain.call().isCanceled()) {
                    throw e;
                }
                Duration delay = backoff(attempt);
                if (!fits(start, delay)) {
                    throw e;
                }
                pause(delay);
                continue;
            }
            if (attempt >= maxAttempts || !retryable(kind, response)) {
                return response;
            }
            Optional<Duration> asked = retryAfter(response);
            Duration delay = asked.isPresent() ? asked.get() : backoff(attempt);
            if (delay.compareTo(maxBackoff) > 0 || !fits(start, delay)) {
                return response;
            }
            response.close();
            pause(delay);
        }
    }

    /**
     * Whether an error answer is worth another attempt. A read answered 500 is: Autotask also answers
     * "An unexpected error has occurred" with 500, and a read changes nothing, so a bounded retry
     * costs at most a few calls; but not when the 500 is its refusal of the integration code or the
     * zone lookup's "could not be determined" for an unknown user, which no retry heals. A create
     * answered 500 never is: Autotask refused it, or may have acted.
     */
    private static boolean retryable(CallKind kind, Response response) throws IOException {
        if (kind != CallKind.CREATE && response.code() == 500) {
            String body = response.peekBody(64 * 1024).string();
            return !ErrorMapper.invalidIntegrationCode(body) && !ErrorMapper.unknownZoneUser(body);
        }
        return Failures.retryable(kind, response.code());
    }

    /** {@code initialBackoff * 2^(attempt-1)}, capped, with "equal jitter" so callers spread out. */
    private Duration backoff(int attempt) {
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(Math.max(base, 1), maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }

    private boolean fits(long startNanos, Duration delay) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        return elapsed.plus(delay).compareTo(callTimeout) < 0;
    }

    private static void pause(Duration delay) throws NotSentIOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Every earlier attempt was refused before Autotask acted (or it would not be retried).
            throw new NotSentIOException("interrupted while waiting to retry", e);
        }
    }

    static Optional<Duration> retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
