package net.mspbridge.integration.kaspersky;

import java.util.Map;
import java.util.Objects;

/**
 * The billable usage of one customer: counts per application id. An application with no usage
 * may be absent or present with {@link UsageCounts#NONE}.
 */
public record CustomerUsage(KasperskyCustomer customer, Map<String, UsageCounts> byApplication) {

    public CustomerUsage {
        Objects.requireNonNull(customer, "customer");
        byApplication = Map.copyOf(byApplication);
    }

    public UsageCounts of(String applicationId) {
        return byApplication.getOrDefault(applicationId, UsageCounts.NONE);
    }
}
