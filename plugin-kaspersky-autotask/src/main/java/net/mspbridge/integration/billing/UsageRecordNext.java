package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.mspbridge.integration.settings.CompanyMapping;

/**
 * What one plan asks to keep in the record of customers with usage ({@link Plan#hadUsage()},
 * {@link CustomersWithUsage}), each customer with the contracts it is recorded on. Gathered while the
 * reconciliation goes through the customers, settled once it knows which contracts it planned and held.
 */
final class UsageRecordNext {

    private final DropGuard drops;
    private final Map<String, Set<Long>> next = new TreeMap<>();
    /** Per contract, its customers that had billable usage at the last apply and report none now. */
    private final Map<Long, List<String>> silent = new HashMap<>();

    UsageRecordNext(DropGuard drops) {
        this.drops = drops;
    }

    /** A customer with billing on whose usage is unknown: kept where it was recorded (an older record says nowhere: its contract now). */
    void unknown(CompanyMapping mapping) {
        String id = mapping.customerId();
        if (!drops.hadUsage(id)) {
            return;
        }
        Set<Long> on = drops.contractsOf(id);
        on(id).addAll(on);
        if (on.isEmpty()) {
            mapping.contractId().ifPresent(on(id)::add);
        }
    }

    /** A customer billed on the contract with usage now. */
    void billed(String customerId, long contractId) {
        on(customerId).add(contractId);
    }

    /** A customer that had billable usage at the last apply and reports none now: kept unless its contract's drop is let through. */
    void silent(String customerId, long contractId) {
        silent.computeIfAbsent(contractId, id -> new ArrayList<>(1)).add(customerId);
    }

    /**
     * The record to write: silent customers, and customers that left a contract ({@link DropCauses}) so the next
     * run still names them as its drop's cause, stay on each contract that was held, or was not planned (unread,
     * or part of its usage unknown) though still billed.
     *
     * @param billable contracts some customer with billing on is mapped to
     * @param planned  contracts the plan judged
     * @param held     contracts with a held line
     */
    Map<String, Set<Long>> settle(Set<Long> billable, Set<Long> planned, Set<Long> held, DropCauses causes) {
        silent.forEach((contractId, ids) -> {
            if (!planned.contains(contractId) || held.contains(contractId)) {
                ids.forEach(id -> on(id).add(contractId));
            }
        });
        for (long contractId : billable) {
            if (held.contains(contractId) || !planned.contains(contractId)) {
                causes.idsOf(contractId).forEach(id -> on(id).add(contractId));
            }
        }
        return next;
    }

    private Set<Long> on(String customerId) {
        return next.computeIfAbsent(customerId, id -> new TreeSet<>());
    }
}
