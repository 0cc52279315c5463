package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import net.mspbridge.api.billing.Ref;

/**
 * The reconciliation's decision for one (contract, service) pair, with everything a report line
 * shows so that each number can be traced to its source.
 *
 * @param pair          the pair
 * @param customer      the customer(s) whose usage is billed here; empty ids for a stale pair
 * @param company       the contract's company
 * @param contract      the contract
 * @param service       the service
 * @param contributions the usage summed into {@code unitsWanted}, per customer, application and category
 * @param category      what was counted, for a person
 * @param unitsInForce  Autotask's units on the effective date
 * @param unitsWanted   the units the usage calls for
 * @param unitPrice     the price a change is billed at (zero when unknown and nothing is to change)
 * @param disposition   what to do
 * @param message       for {@code DEFERRED} and {@code FAILED}: why; otherwise a note on the sources
 */
record PlannedLine(
        PairKey pair, Ref customer, Ref company, Ref contract, Ref service,
        List<Contribution> contributions, String category,
        int unitsInForce, int unitsWanted, BigDecimal unitPrice,
        Disposition disposition, String message) {

    PlannedLine {
        Objects.requireNonNull(pair, "pair");
        contributions = List.copyOf(contributions);
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(message, "message");
    }

    int change() {
        return unitsWanted - unitsInForce;
    }

    /**
     * The names of the applications whose usage this line counts, each once, in order; when none has
     * any (the line brings the service down to zero), every application mapped to it.
     */
    List<String> applications() {
        List<String> counted = contributions.stream().filter(c -> c.units() > 0)
                .map(c -> c.application().name()).distinct().toList();
        return counted.isEmpty()
                ? contributions.stream().map(c -> c.application().name()).distinct().toList()
                : counted;
    }

    AdjustmentRequest request(LocalDate effectiveDate) {
        return new AdjustmentRequest(pair.contractId(), pair.serviceId(), effectiveDate, change(), unitPrice);
    }

    /** "Company / Contract / Service", for problems about this line. */
    String subject() {
        return label(company) + " / " + label(contract) + " / " + label(service);
    }

    static String label(Ref ref) {
        return ref.name().isBlank() ? ref.id() : ref.name() + " (" + ref.id() + ")";
    }
}
