package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.integration.settings.CompanyMapping;

/**
 * The problem of a customer with billing on whose usage is not known (it could not be read, or the
 * usage source does not know the customer any more). Its contract is left as it is, and with it the
 * usage of every other customer billed to that contract, which the problem names: units planned from
 * the others alone would bring the contract down. Customers are named by their display name with the id
 * in brackets ("AdventureWorks (15)"), the id being what finds the Companies row; by their id alone
 * when the usage source did not list them (a customer it does not know any more has no name).
 */
final class UnknownUsage {

    private final ReconciliationInput in;
    /** The ids of the customers mapped with billing on to each contract, in the mappings' order. */
    private final Map<Long, List<String>> byContract = new HashMap<>();

    UnknownUsage(ReconciliationInput in, List<CompanyMapping> mappings) {
        this.in = in;
        for (CompanyMapping mapping : mappings) {
            if (mapping.billingEnabled() && mapping.contractId().isPresent()) {
                byContract.computeIfAbsent(mapping.contractId().getAsLong(), id -> new ArrayList<>(1)).add(mapping.customerId());
            }
        }
    }

    Problem problem(CompanyMapping mapping) {
        String id = mapping.customerId();
        List<String> others = mapping.contractId().isEmpty() ? List.of()
                : byContract.get(mapping.contractId().getAsLong()).stream().filter(other -> !other.equals(id))
                        .map(in::label).toList();
        String contract = others.isEmpty() ? "its contract was left as it is"
                : "its contract " + mapping.contractId().getAsLong() + " was left as it is, with the usage of "
                        + String.join(", ", others) + ", billed to the same contract";
        String unreadable = in.unreadable().get(id);
        return unreadable != null
                ? new Problem(ProblemKind.SOURCE_UNAVAILABLE, id, "The usage of " + label(id) + " could not be read ("
                        + unreadable + "), so " + contract + "; the next run reads it again.", 0)
                : new Problem(ProblemKind.OTHER, id, label(id) + " is mapped for billing but the usage source "
                        + "does not know it any more, so " + contract + ": map the customer's new entry on the Companies "
                        + "panel, or remove this row.", 0);
    }

    /** "AdventureWorks (15)", or "Kaspersky customer 15" when the source did not name it. */
    private String label(String customerId) {
        String named = in.labelWithId(customerId);
        return named.equals(customerId) ? "Kaspersky customer " + customerId : named;
    }
}
