package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;

/**
 * The wording of the problems a plan reports, each saying what was found and what a person can do
 * about it. The {@link Reconciler} decides; this class only words. Where a line carries the same
 * text as its problem, the line's message is the problem's.
 */
final class PlanProblems {

    /** How many contracts a problem names before it says "and N more". */
    private static final int MAX_NAMED = UnmappedCustomers.MAX_NAMED;

    private PlanProblems() {
    }

    /** One problem per failed read, naming its customers by contract: a failed batch can hold 500 contracts. */
    static Problem unreadable(String reason, SortedMap<Long, List<String>> customers) {
        List<String> named = customers.entrySet().stream().limit(MAX_NAMED)
                .map(e -> String.join(", ", e.getValue()) + " (contract " + e.getKey() + ")").toList();
        String more = customers.size() > MAX_NAMED ? " and " + (customers.size() - MAX_NAMED) + " more" : "";
        String subject = customers.size() == 1 ? named.get(0) : customers.size() + " contracts";
        return new Problem(ProblemKind.SOURCE_UNAVAILABLE, subject, "Autotask could not be read for "
                + String.join(", ", named) + more + ": " + reason
                + " They were not billed in this run; the next run takes them up.", 0);
    }

    /** Why a customer billed to no contract is not billed. */
    static String noContractChosen(KasperskyCustomer customer) {
        return "No contract is chosen for " + customer.label()
                + " on the Companies panel: choose its Recurring Service contract.";
    }

    /** A customer whose contract cannot be billed, with {@code units} of usage left unbilled. */
    static Problem noContract(KasperskyCustomer customer, Ref company, String message, int units) {
        return new Problem(ProblemKind.NO_CONTRACT, customer.label() + " / " + PlannedLine.label(company), message, units);
    }

    /** Two units rows on the date: no single change can be computed. */
    static Problem ambiguousUnits(String subject, LocalDate date) {
        return new Problem(ProblemKind.OTHER, subject, "Autotask has more than one units row for this service on " + date
                + " (is the service on the contract twice?), so no single change can be computed: adjust it by hand.", 0);
    }

    /** A change already in force after the date: an adjustment at the date would shift it too. */
    static Problem backdated(String subject, UnitsRow later, LocalDate date, int change) {
        return new Problem(ProblemKind.BACKDATED_CHANGE, subject, "Autotask already has " + later.units() + " units from "
                + later.startDate() + ", after the effective date " + date + ": an adjustment dated " + date
                + " would shift that later period too. Run billing with an effective date on or after "
                + later.startDate() + ", or adjust this service by hand.", Math.abs(change));
    }

    /**
     * No unit price to create with.
     *
     * @param serviceFound whether Autotask has the service at all
     */
    static Problem noPrice(String subject, long serviceId, boolean serviceFound, int change) {
        String message = serviceFound
                ? "Neither the contract nor service " + serviceId + " has a unit price in Autotask: set one."
                : "Service " + serviceId + " was not found in Autotask: choose the service again on the Services panel.";
        return new Problem(ProblemKind.OTHER, subject, message, Math.abs(change));
    }

    /** A stale pair of which only units after the effective date remain: a change at the date cannot remove them. */
    static Problem staleOnlyLater(String subject, UnitsRow later, Ref service, ContractFacts contract) {
        return new Problem(ProblemKind.STALE_MAPPING, subject, later.units() + " units of "
                + PlannedLine.label(service) + " from " + later.startDate() + " on contract "
                + ContractRules.describe(contract) + " were billed by this plugin, but no mapping targets them now. "
                + "A run dated on or after " + later.startDate() + " can bring them to zero.", later.units());
    }

    /** What became of a stale pair with units on the date; see {@link Stale}. */
    static Problem stale(String subject, int remaining, Ref service, ContractFacts contract, Stale what, String whyNot) {
        String found = remaining + " units of " + PlannedLine.label(service) + " on contract "
                + ContractRules.describe(contract) + " were billed by this plugin, but no mapping targets them now "
                + "(the application or the customer was mapped elsewhere).";
        String then = switch (what) {
            case KEPT -> " Remove them by hand, or turn on bringing stale units to zero.";
            case NOT_ADJUSTABLE -> " They were not brought to zero: " + whyNot;
            case BROUGHT_TO_ZERO -> " This run brings them to zero (see its line).";
        };
        return new Problem(ProblemKind.STALE_MAPPING, subject, found + then, remaining);
    }

    /** What a run does with a stale pair that has units on the effective date. */
    enum Stale {
        /** Bringing stale units to zero is off. */
        KEPT,
        /** On, but the contract takes no adjustment at the date. */
        NOT_ADJUSTABLE,
        /** This run brings them to zero. */
        BROUGHT_TO_ZERO
    }
}
