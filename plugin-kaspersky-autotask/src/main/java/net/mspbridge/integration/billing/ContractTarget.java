package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import net.mspbridge.api.billing.Ref;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;

/** The customers billed to one contract and their usage per service, as the reconciliation gathers them. */
final class ContractTarget {

    private final long contractId;
    private final List<KasperskyCustomer> customers = new ArrayList<>(1);
    private final List<String> silent = new ArrayList<>(0);
    private ServiceUsage usage;
    private Ref ref;

    ContractTarget(long contractId) {
        this.contractId = contractId;
    }

    long contractId() {
        return contractId;
    }

    /** The usage of every customer added, per service slot. */
    ServiceUsage usage() {
        return usage;
    }

    /** @param theirs the customer's usage per service, handed over: nobody else holds it */
    void add(KasperskyCustomer customer, ServiceUsage theirs) {
        customers.add(customer);
        if (usage == null) {
            // Most contracts bill one customer: its usage is the contract's as it is.
            usage = theirs;
        } else {
            usage.addAll(theirs);
        }
    }

    /** Notes a customer that had billable usage at the last apply and reports none now. */
    void addSilent(KasperskyCustomer customer) {
        silent.add(customer.label());
    }

    /** The customers noted by {@link #addSilent}, by name, in the order added. */
    List<String> silent() {
        return silent;
    }

    /** Built once, when the first line of the contract asks: every customer has been added by then. */
    Ref customerRef() {
        if (ref == null) {
            ref = customers.size() == 1
                    ? new Ref(customers.get(0).id(), customers.get(0).label())
                    : new Ref(customers.stream().map(KasperskyCustomer::id).collect(Collectors.joining(",")),
                            customers.stream().map(KasperskyCustomer::label).collect(Collectors.joining(", ")));
        }
        return ref;
    }
}
