package net.mspbridge.integration.billing;

import java.util.Objects;

import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.SecurityApplication;

/**
 * Usage of one application in one category at one customer, summed into the service a mapping
 * sends it to: the trace from a report line back to its sources.
 *
 * @param customer    whose usage
 * @param application which application
 * @param category    what was counted ("Windows servers", "All devices", "Users")
 * @param units       devices or users counted
 */
record Contribution(KasperskyCustomer customer, SecurityApplication application, String category, int units) {

    Contribution {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(category, "category");
    }

    /** "Kaspersky Endpoint Security for Windows / Windows servers: 12". */
    String describe() {
        return application.name() + " / " + category + ": " + units;
    }
}
