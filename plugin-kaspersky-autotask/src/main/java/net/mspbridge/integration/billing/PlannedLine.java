package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.CustomerShare;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;

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
 * @param period        the period that price is charged for: the service's
 * @param disposition   what to do
 * @param remark        for {@code DEFERRED} and {@code FAILED}: why; otherwise empty, or what a line
 *                      whose usage is not the point says instead (a stale pair brought to zero)
 */
record PlannedLine(
        PairKey pair, Ref customer, Ref company, Ref contract, Ref service,
        List<Contribution> contributions, String category,
        int unitsInForce, int unitsWanted, BigDecimal unitPrice, BillingPeriod period,
        Disposition disposition, String remark) {

    /**
     * {@code contributions} is kept as given, not copied: the reconciliation hands over an
     * unmodifiable list it no longer changes, one per line of a plan of 100,000 lines and more.
     */
    PlannedLine {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(contributions, "contributions");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(remark, "remark");
    }

    /**
     * What the line says: its remark, else the usage it counts, "Kaspersky Endpoint Security for
     * Windows / Windows servers: 12; ..." (with each customer's name on a contract billed for
     * several). Built when asked, not kept: a plan can have 100,000 lines, and a report asks once.
     */
    String message() {
        if (!remark.isEmpty()) {
            return remark;
        }
        if (contributions.size() == 1 && contributions.get(0).units() > 0) {
            return contributions.get(0).describe();
        }
        boolean severalCustomers = false;
        for (int i = 1; i < contributions.size() && !severalCustomers; i++) {
            severalCustomers = !contributions.get(i).customer().equals(contributions.get(0).customer());
        }
        List<String> counted = new ArrayList<>(contributions.size());
        for (Contribution c : contributions) {
            if (c.units() > 0) {
                counted.add(severalCustomers ? c.customer().label() + ": " + c.describe() : c.describe());
            }
        }
        return counted.isEmpty() ? "No usage." : String.join("; ", counted);
    }

    /**
     * Each customer behind the line with the units its usage brings, in the order the reconciliation
     * added them (by customer id); empty for a line no usage is behind (a stale pair). Every
     * customer billed on the contract is named, with zero when it has no usage of this service: the
     * reconciliation gives every customer a contribution to every service the mapping sends usage
     * to. The parts add up to {@code unitsWanted}. Built when asked, as {@link #message()}.
     */
    List<CustomerShare> shares() {
        List<KasperskyCustomer> customers = new ArrayList<>(2);
        List<Integer> units = new ArrayList<>(2);
        for (Contribution c : contributions) {
            int at = customers.indexOf(c.customer());
            if (at < 0) {
                customers.add(c.customer());
                units.add(c.units());
            } else {
                units.set(at, units.get(at) + c.units());
            }
        }
        List<CustomerShare> shares = new ArrayList<>(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            KasperskyCustomer customer = customers.get(i);
            shares.add(new CustomerShare(new Ref(customer.id(), customer.label()), units.get(i)));
        }
        return shares;
    }

    int change() {
        return unitsWanted - unitsInForce;
    }

    /**
     * The names of the applications whose usage this line counts, each once, in order; when none has
     * any (the line brings the service down to zero), every application mapped to it. Plain loops:
     * a report asks once per line, and a line has a few contributions.
     */
    List<String> applications() {
        if (contributions.size() == 1) {
            return List.of(contributions.get(0).application().name());
        }
        List<String> counted = new ArrayList<>(contributions.size());
        List<String> all = new ArrayList<>(contributions.size());
        for (Contribution c : contributions) {
            String name = c.application().name();
            if (c.units() > 0 && !counted.contains(name)) {
                counted.add(name);
            }
            if (!all.contains(name)) {
                all.add(name);
            }
        }
        return counted.isEmpty() ? all : counted;
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
