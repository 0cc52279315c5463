package net.mspbridge.host.sandbox.autotask;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An Autotask contract (a subset of {@code ContractModel}). Its billing periods are months from
 * {@code startDate}; {@code endDate} is the contract's last day, inclusive.
 *
 * @param contractType see {@link PicklistValues#CONTRACT_TYPE_RECURRING_SERVICE}
 * @param status       {@link PicklistValues#STATUS_ACTIVE} or {@link PicklistValues#STATUS_INACTIVE}
 */
public record AtContract(long id, long companyID, String contractName, String contractNumber, int contractType,
                         int status, LocalDate startDate, LocalDate endDate, int contractPeriodType,
                         boolean isDefaultContract) {

    public AtContract {
        Objects.requireNonNull(contractName, "contractName");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("contract " + id + " ends (" + endDate + ") before it starts (" + startDate + ")");
        }
    }

    /** Whether the date lies within the contract's dates. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
