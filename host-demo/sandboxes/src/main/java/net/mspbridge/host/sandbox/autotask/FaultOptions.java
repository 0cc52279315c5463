package net.mspbridge.host.sandbox.autotask;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Random fault injection for the Autotask sandbox: each authenticated call on a chosen endpoint
 * draws from a random generator seeded with {@code seed} and gets fault {@code k} with probability
 * {@code shares.get(k)}. Off by default ({@link #none()}). With one client thread the sequence of
 * faults is the same for the same seed, so a failing seed can be replayed.
 *
 * @param shares       probability of each fault per call; together at most 1
 * @param timeoutDelay how long {@link FaultKind#TIMEOUT} and {@link FaultKind#TIMEOUT_AFTER_COMMIT} hold
 *                     the call: set it beyond the client's read timeout
 * @param endpoints    the endpoints (entity paths such as {@code ContractServiceAdjustments}, without
 *                     regard to case) that get faults; empty for all
 */
public record FaultOptions(long seed, Map<FaultKind, Double> shares, Duration timeoutDelay, Set<String> endpoints) {

    public FaultOptions {
        shares = shares.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(shares));
        Objects.requireNonNull(timeoutDelay, "timeoutDelay");
        endpoints = endpoints.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        double total = 0;
        for (Map.Entry<FaultKind, Double> share : shares.entrySet()) {
            if (share.getValue() < 0 || share.getValue() > 1) {
                throw new IllegalArgumentException("the share of " + share.getKey() + " must be between 0 and 1, not " + share.getValue());
            }
            total += share.getValue();
        }
        if (total > 1.0 + 1e-9) {
            throw new IllegalArgumentException("the fault shares add up to " + total + "; at most 1 is possible");
        }
        if (timeoutDelay.isNegative() || timeoutDelay.isZero() || timeoutDelay.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("timeoutDelay must be above 0 and at most 5 minutes, not " + timeoutDelay);
        }
    }

    /** No faults. */
    public static FaultOptions none() {
        return new FaultOptions(0, Map.of(), Duration.ofSeconds(65), Set.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether any fault can happen. */
    public boolean active() {
        return shares.values().stream().anyMatch(s -> s > 0);
    }

    /** Whether calls on the endpoint may get faults. */
    public boolean covers(String endpoint) {
        return endpoints.isEmpty() || endpoints.contains(endpoint.toLowerCase(Locale.ROOT));
    }

    /** Builds {@link FaultOptions}; defaults: seed 0, no shares, a 65 s timeout delay, every endpoint. */
    public static final class Builder {
        private long seed;
        private final Map<FaultKind, Double> shares = new EnumMap<>(FaultKind.class);
        private Duration timeoutDelay = Duration.ofSeconds(65);
        private Set<String> endpoints = Set.of();

        private Builder() {
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder share(FaultKind kind, double probability) {
            shares.put(Objects.requireNonNull(kind, "kind"), probability);
            return this;
        }

        public Builder timeoutDelay(Duration value) {
            this.timeoutDelay = value;
            return this;
        }

        public Builder endpoints(String... names) {
            this.endpoints = Set.of(names);
            return this;
        }

        public FaultOptions build() {
            return new FaultOptions(seed, shares, timeoutDelay, endpoints);
        }
    }
}
