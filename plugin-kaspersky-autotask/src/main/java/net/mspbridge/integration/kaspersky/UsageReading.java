package net.mspbridge.integration.kaspersky;

import java.util.List;
import java.util.Map;

/**
 * The usage of several customers, read so that one customer's failure does not hide the others'.
 *
 * @param usage    the usage of every customer that could be read, in the order asked
 * @param failures why each customer that could not be read failed, by customer id; such a customer
 *                 has no entry in {@code usage} (its usage is unknown, not zero)
 */
public record UsageReading(List<CustomerUsage> usage, Map<String, String> failures) {

    public UsageReading {
        usage = List.copyOf(usage);
        failures = Map.copyOf(failures);
    }
}
