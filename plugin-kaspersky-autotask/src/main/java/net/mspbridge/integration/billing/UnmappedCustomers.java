package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;

/**
 * Customers the usage source knows that no Companies row maps to an Autotask company: their usage
 * is billed nowhere, which nobody would notice without being told. One problem names them all
 * (customers with no usage are not worth a person's time); a customer mapped with billing off is
 * someone's decision and is not reported.
 */
final class UnmappedCustomers {

    /** How many customers a problem names before it says "and N more". */
    static final int MAX_NAMED = 20;

    private UnmappedCustomers() {
    }

    /** The one problem naming every customer with usage that no Companies row maps; empty when there is none. */
    static Optional<Problem> problem(ReconciliationInput in, UsageAttribution attribution) {
        List<Unmapped> found = new ArrayList<>();
        int units = 0;
        for (CustomerUsage usage : in.usage().values()) {
            KasperskyCustomer customer = usage.customer();
            int total = attribution.total(usage);
            if (in.companies().of(customer.id()).isEmpty() && total > 0) {
                found.add(new Unmapped(customer.label(), customer.id(), attribution.describeTotal(usage)));
                units += total;
            }
        }
        in.unreadable().forEach((customerId, reason) -> {
            if (in.companies().of(customerId).isEmpty()) {
                found.add(new Unmapped(customerId, customerId, "usage unknown (" + reason + ")"));
            }
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        found.sort(Comparator.comparing(Unmapped::name).thenComparing(Unmapped::id));
        List<String> listed = found.stream().limit(MAX_NAMED).map(u -> u.name() + ": " + u.usage()).toList();
        String more = found.size() > MAX_NAMED ? " and " + (found.size() - MAX_NAMED) + " more" : "";
        String todo = " to its company and Recurring Service contract, or to its company with billing off if it is not "
                + "to be billed.";
        return Optional.of(found.size() == 1
                ? new Problem(ProblemKind.UNMAPPED_USAGE, found.get(0).name(), "Kaspersky customer " + found.get(0).name()
                        + " (" + found.get(0).usage() + ") has no Autotask company on the Companies panel, so its usage is "
                        + "billed nowhere. Map it" + todo, units)
                : new Problem(ProblemKind.UNMAPPED_USAGE, found.size() + " Kaspersky customers", found.size()
                        + " Kaspersky customers have no Autotask company on the Companies panel, so nothing of theirs is "
                        + "billed: " + String.join("; ", listed) + more + ". Map each" + todo, units));
    }

    /** A customer no Companies row maps, as its problem names it. */
    private record Unmapped(String name, String id, String usage) {
    }
}
