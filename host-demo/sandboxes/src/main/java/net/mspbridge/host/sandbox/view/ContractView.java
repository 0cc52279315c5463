package net.mspbridge.host.sandbox.view;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract with its services (units on the view's date) and the adjustments received for it, oldest first.
 *
 * @param status the contract's Autotask status, "Active" or "Inactive"
 * @param ended  whether it ended before the view's date (an active contract can have ended: billing
 *               no longer adjusts it)
 */
public record ContractView(long contractId, String contractName, long companyId, String companyName, String contractType,
                           String status, LocalDate startDate, LocalDate endDate, boolean ended, List<ServiceLine> services,
                           List<AdjustmentLine> adjustments) {

    public ContractView {
        services = List.copyOf(services);
        adjustments = List.copyOf(adjustments);
    }
}
