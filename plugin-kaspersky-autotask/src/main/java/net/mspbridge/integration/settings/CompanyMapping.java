package net.mspbridge.integration.settings;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The saved mapping of one Kaspersky customer.
 *
 * @param customerId     the Kaspersky customer (virtual server or Business Hub company)
 * @param companyId      the Autotask company
 * @param contractId     the Autotask Recurring Service contract billed, when chosen
 * @param billingEnabled the row's "Billing" toggle; off means the customer is skipped
 */
public record CompanyMapping(String customerId, long companyId, OptionalLong contractId, boolean billingEnabled) {

    public CompanyMapping {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(contractId, "contractId");
    }
}
