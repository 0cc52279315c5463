package net.mspbridge.integration.kaspersky;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The billable usage of one customer: counts per application id, and the devices seen but not
 * counted, per reason. An application with no usage may be absent or present with
 * {@link UsageCounts#NONE}; a {@link Builder} leaves it absent, so two sources that saw the same
 * usage build equal values.
 *
 * @param notBilled the devices the source saw and did not count, with why ({@link HostsNotBilled#NONE}
 *                  for a source that tells none)
 */
public record CustomerUsage(KasperskyCustomer customer, Map<String, UsageCounts> byApplication,
        HostsNotBilled notBilled) {

    public CustomerUsage {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(notBilled, "notBilled");
        byApplication = Map.copyOf(byApplication);
    }

    /** Usage with no devices left out. */
    public CustomerUsage(KasperskyCustomer customer, Map<String, UsageCounts> byApplication) {
        this(customer, byApplication, HostsNotBilled.NONE);
    }

    /** No usage at all: an unknown customer, or one with nothing billable. */
    public static CustomerUsage none(KasperskyCustomer customer) {
        return new CustomerUsage(customer, Map.of());
    }

    /** Starts counting the usage of one customer. */
    public static Builder builder(KasperskyCustomer customer) {
        return new Builder(customer);
    }

    public UsageCounts of(String applicationId) {
        return byApplication.getOrDefault(applicationId, UsageCounts.NONE);
    }

    /**
     * Counts usage one device or one seat group at a time, without a record per device. Not
     * thread-safe: a source fills one builder per customer on one thread.
     */
    public static final class Builder {

        private static final int USERS = DeviceCategory.values().length;

        private final KasperskyCustomer customer;
        // Per application: one counter per device category, then the users.
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final Map<NotBilledReason, Integer> notBilled = new EnumMap<>(NotBilledReason.class);
        private final TreeSet<String> unknownProducts = new TreeSet<>();

        private Builder(KasperskyCustomer customer) {
            this.customer = Objects.requireNonNull(customer, "customer");
        }

        /** One more device of the category using the application. */
        public Builder addDevice(String applicationId, DeviceCategory category) {
            Objects.requireNonNull(category, "category");
            counter(applicationId)[category.ordinal()]++;
            return this;
        }

        /**
         * More users of an application licensed per user.
         *
         * @throws IllegalArgumentException when {@code users} is negative
         */
        public Builder addUsers(String applicationId, int users) {
            if (users < 0) {
                throw new IllegalArgumentException("users must not be negative: " + users);
            }
            if (users > 0) {
                counter(applicationId)[USERS] += users;
            }
            return this;
        }

        /** One more device left out for {@code reason}. */
        public Builder notBilled(NotBilledReason reason) {
            notBilled.merge(Objects.requireNonNull(reason, "reason"), 1, Integer::sum);
            return this;
        }

        /** One more device left out because the catalog does not know {@code productId} (any case). */
        public Builder unknownProduct(String productId) {
            unknownProducts.add(productId.toUpperCase(Locale.ROOT));
            return notBilled(NotBilledReason.UNKNOWN_PRODUCT);
        }

        public CustomerUsage build() {
            Map<String, UsageCounts> result = new LinkedHashMap<>();
            counts.forEach((id, c) -> result.put(id, new UsageCounts(
                    c[DeviceCategory.WINDOWS_WORKSTATION.ordinal()],
                    c[DeviceCategory.WINDOWS_SERVER.ordinal()],
                    c[DeviceCategory.NON_WINDOWS.ordinal()],
                    c[USERS])));
            return new CustomerUsage(customer, result, notBilled.isEmpty() ? HostsNotBilled.NONE
                    : new HostsNotBilled(notBilled, unknownProducts));
        }

        private int[] counter(String applicationId) {
            Objects.requireNonNull(applicationId, "applicationId");
            return counts.computeIfAbsent(applicationId, id -> new int[USERS + 1]);
        }
    }
}
