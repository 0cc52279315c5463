package net.mspbridge.integration.autotask;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How an Autotask client behaves: time-outs, retries, the in-flight limit and the share of the hourly
 * request budget it may use. {@link #defaults()} suits production; tests shorten the waits.
 *
 * @param connectTimeout         time to open a connection
 * @param readTimeout            longest silence while reading an answer
 * @param writeTimeout           longest stall while sending a request
 * @param callTimeout            the whole call, retries and waits between them included; no call
 *                               takes longer
 * @param budgetShare            the share of Autotask's hourly request threshold, shared by every
 *                               integration of the customer, past which the client stops and throws
 *                               {@link AutotaskBudgetExhaustedException}; in (0, 1], default 0.5
 * @param budgetRecheckCalls     N: ThresholdInformation is read before the first call, and read again
 *                               only once at least N calls of this client have been made since the last
 *                               reading (and {@code budgetRecheckInterval} has passed, see there); in
 *                               between the client adds its own calls to the last reading. Default 100
 * @param budgetRecheckInterval  T: with at least N calls made since the last reading, ThresholdInformation
 *                               is read again once T has passed since it, or earlier when the next call
 *                               would take the estimate past the share (so a stop rests on a reading at
 *                               most N calls old). Default 60 s: a quick run far below its share needs no
 *                               fresh reading every 100 calls (a rolling hour cannot move enough in
 *                               seconds to change a decision), while a long run still sees other
 *                               integrations' use about once a minute. Zero re-reads after every N calls,
 *                               whatever the time. The guard never relies on a reading alone: it stops
 *                               before the share using the last reading plus its own calls since
 * @param zoneLookupBase         where the zone of the API user is looked up (no credentials are sent
 *                               there, only the user name); default
 *                               {@code https://webservices.autotask.net/ATServicesRest/}
 * @param maxInFlightPerEndpoint calls in flight at once per endpoint (entity), shared by all threads
 *                               using the client; 1 to 3, because Autotask allows 3 threads per
 *                               integration code and endpoint and answers a 4th with HTTP 429
 * @param inFlightWait           longest wait for a free in-flight slot; shorter than callTimeout
 * @param maxAttempts            attempts per call when a retry is allowed (1 = never retry)
 * @param initialBackoff         wait before the first retry; doubled per retry, with jitter
 * @param maxBackoff             longest wait between retries; a {@code Retry-After} asking for more
 *                               ends the retries
 */
public record AutotaskOptions(
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        Duration callTimeout,
        double budgetShare,
        int budgetRecheckCalls,
        Duration budgetRecheckInterval,
        URI zoneLookupBase,
        int maxInFlightPerEndpoint,
        Duration inFlightWait,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff) {

    /** Autotask's documented zone lookup base. */
    public static final URI DEFAULT_ZONE_LOOKUP_BASE = URI.create("https://webservices.autotask.net/ATServicesRest/");

    /** Autotask's limit of concurrent calls per integration code and endpoint. */
    public static final int AUTOTASK_THREAD_LIMIT = 3;

    /**
     * @throws IllegalArgumentException naming the option and what it must be
     */
    public AutotaskOptions {
        positive("connectTimeout", connectTimeout);
        positive("readTimeout", readTimeout);
        positive("writeTimeout", writeTimeout);
        positive("callTimeout", callTimeout);
        positive("inFlightWait", inFlightWait);
        positive("initialBackoff", initialBackoff);
        positive("maxBackoff", maxBackoff);
        if (!(budgetShare > 0 && budgetShare <= 1)) {
            throw new IllegalArgumentException("budgetShare must be more than 0 and at most 1 (0.5 = half of"
                    + " Autotask's hourly request budget), was " + budgetShare);
        }
        if (budgetRecheckCalls < 1) {
            throw new IllegalArgumentException("budgetRecheckCalls must be at least 1, was " + budgetRecheckCalls);
        }
        Objects.requireNonNull(budgetRecheckInterval, "budgetRecheckInterval");
        if (budgetRecheckInterval.isNegative()) {
            throw new IllegalArgumentException("budgetRecheckInterval must not be negative (0 = re-read after every"
                    + " budgetRecheckCalls calls, whatever the time), was " + budgetRecheckInterval);
        }
        Objects.requireNonNull(zoneLookupBase, "zoneLookupBase");
        AutotaskConfig.checkHttpUrl("zoneLookupBase", zoneLookupBase);
        if (maxInFlightPerEndpoint < 1 || maxInFlightPerEndpoint > AUTOTASK_THREAD_LIMIT) {
            throw new IllegalArgumentException("maxInFlightPerEndpoint must be 1 to " + AUTOTASK_THREAD_LIMIT
                    + ": Autotask answers a call beyond " + AUTOTASK_THREAD_LIMIT
                    + " in flight per endpoint with HTTP 429; was " + maxInFlightPerEndpoint);
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10, was " + maxAttempts);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be shorter than"
                    + " initialBackoff (" + initialBackoff + ")");
        }
        if (callTimeout.compareTo(inFlightWait) <= 0) {
            throw new IllegalArgumentException("callTimeout (" + callTimeout + ") must be longer than inFlightWait ("
                    + inFlightWait + "), so a call that waited for a free slot can still be sent");
        }
    }

    /** Production defaults: see each component. */
    public static AutotaskOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder()
                .connectTimeout(connectTimeout).readTimeout(readTimeout).writeTimeout(writeTimeout)
                .callTimeout(callTimeout).budgetShare(budgetShare).budgetRecheckCalls(budgetRecheckCalls)
                .budgetRecheckInterval(budgetRecheckInterval).zoneLookupBase(zoneLookupBase).maxInFlightPerEndpoint(maxInFlightPerEndpoint)
                .inFlightWait(inFlightWait).maxAttempts(maxAttempts).initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff);
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** Builds {@link AutotaskOptions}; starts from the defaults. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(180);
        private double budgetShare = 0.5;
        private int budgetRecheckCalls = 100;
        private Duration budgetRecheckInterval = Duration.ofSeconds(60);
        private URI zoneLookupBase = DEFAULT_ZONE_LOOKUP_BASE;
        private int maxInFlightPerEndpoint = AUTOTASK_THREAD_LIMIT;
        private Duration inFlightWait = Duration.ofSeconds(60);
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder readTimeout(Duration value) {
            readTimeout = value;
            return this;
        }

        public Builder writeTimeout(Duration value) {
            writeTimeout = value;
            return this;
        }

        public Builder callTimeout(Duration value) {
            callTimeout = value;
            return this;
        }

        public Builder budgetShare(double value) {
            budgetShare = value;
            return this;
        }

        public Builder budgetRecheckCalls(int value) {
            budgetRecheckCalls = value;
            return this;
        }

        public Builder budgetRecheckInterval(Duration value) {
            budgetRecheckInterval = value;
            return this;
        }

        public Builder zoneLookupBase(URI value) {
            zoneLookupBase = value;
            return this;
        }

        public Builder maxInFlightPerEndpoint(int value) {
            maxInFlightPerEndpoint = value;
            return this;
        }

        public Builder inFlightWait(Duration value) {
            inFlightWait = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        public Builder initialBackoff(Duration value) {
            initialBackoff = value;
            return this;
        }

        public Builder maxBackoff(Duration value) {
            maxBackoff = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the option that is wrong */
        public AutotaskOptions build() {
            return new AutotaskOptions(connectTimeout, readTimeout, writeTimeout, callTimeout, budgetShare,
                    budgetRecheckCalls, budgetRecheckInterval, zoneLookupBase, maxInFlightPerEndpoint, inFlightWait, maxAttempts,
                    initialBackoff, maxBackoff);
        }
    }
}
