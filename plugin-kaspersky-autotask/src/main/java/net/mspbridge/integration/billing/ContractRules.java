package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.Optional;

/** Which contracts a run may adjust, and why not when it may not. */
final class ContractRules {

    private ContractRules() {
    }

    /**
     * Why the contract cannot take adjustments dated {@code date}, or empty when it can: it must
     * be an active Recurring Service contract whose dates cover the date.
     */
    static Optional<String> whyNotAdjustable(ContractFacts contract, LocalDate date) {
        String name = "Contract " + describe(contract);
        if (!contract.active()) {
            return Optional.of(name + " is inactive in Autotask: reactivate it, or choose the customer's active contract.");
        }
        if (!contract.recurringService()) {
            return Optional.of(name + " is not a Recurring Service contract, the only kind service adjustments "
                    + "apply to: choose the customer's Recurring Service contract.");
        }
        if (!contract.covers(date)) {
            return Optional.of(name + " runs from " + contract.startDate() + " to " + contract.endDate()
                    + ", which does not cover the effective date " + date
                    + ": renew it in Autotask, or choose the contract that covers " + date + ".");
        }
        return Optional.empty();
    }

    /**
     * Why the contract chosen for a customer cannot be billed, or empty when it can.
     *
     * @param contract  the contract as read, empty when Autotask does not have it
     * @param companyId the company the customer is mapped to
     */
    static Optional<String> whyNotBillable(long contractId, Optional<ContractFacts> contract, long companyId,
                                           String customer, LocalDate date) {
        if (contract.isEmpty()) {
            return Optional.of("Contract " + contractId + ", chosen for " + customer
                    + ", was not found in Autotask: choose the contract again on the Companies panel.");
        }
        ContractFacts facts = contract.get();
        if (facts.companyId() != companyId) {
            return Optional.of("Contract " + describe(facts) + " belongs to Autotask company " + facts.companyId()
                    + ", not to company " + companyId + " mapped for " + customer
                    + ": choose one of that company's contracts on the Companies panel.");
        }
        return whyNotAdjustable(facts, date);
    }

    static String describe(ContractFacts contract) {
        return contract.name().isBlank() ? Long.toString(contract.id()) : "'" + contract.name() + "' (" + contract.id() + ")";
    }
}
