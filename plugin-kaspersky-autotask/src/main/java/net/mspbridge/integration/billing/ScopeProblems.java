package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.integration.settings.CompanyMapping;

/**
 * The one problem of a contract shared between customers inside the virtual server scope and customers
 * outside it ({@link ReadScope}). The usage of those outside is not read, so the contract is left as it
 * is: planning it from the others' usage alone would take their units off. A contract only customers
 * outside the scope are billed on is no problem: they are not read by choice, and the report lists them.
 */
final class ScopeProblems {

    private ScopeProblems() {
    }

    /** @param mappings the Companies rows, in customer id order */
    static List<Problem> of(ReconciliationInput in, List<CompanyMapping> mappings) {
        ReadScope scope = in.scope();
        if (scope.outside().isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> inside = new TreeMap<>();
        Map<Long, List<String>> outside = new TreeMap<>();
        for (CompanyMapping mapping : mappings) {
            if (mapping.billingEnabled() && mapping.contractId().isPresent()) {
                (scope.isOutside(mapping.customerId()) ? outside : inside)
                        .computeIfAbsent(mapping.contractId().getAsLong(), id -> new ArrayList<>(1))
                        .add(in.label(mapping.customerId()));
            }
        }
        List<Problem> problems = new ArrayList<>();
        outside.forEach((contractId, theirs) -> {
            List<String> ours = inside.get(contractId);
            if (ours != null) {
                problems.add(problem(in, contractId, ours, theirs));
            }
        });
        return problems;
    }

    private static Problem problem(ReconciliationInput in, long contractId, List<String> inside, List<String> outside) {
        ContractFacts facts = in.autotask().contracts().get(contractId);
        String contract = facts == null || facts.name().isBlank()
                ? "contract " + contractId : "contract '" + facts.name() + "' (" + contractId + ")";
        String whose = inside.size() == 1 ? inside.get(0) + "'s " + contract
                : "The " + contract + " of " + String.join(", ", inside);
        String others = String.join(", ", outside);
        String scope = in.scope().name().map(name -> " '" + name + "'").orElse("");
        String message = whose + " is shared with " + others + ", " + (outside.size() == 1 ? "which is" : "which are")
                + " outside the virtual server scope" + scope + " (Connection panel): it was left as it is, since "
                + "billing it from " + String.join(", ", inside) + "'s usage alone would take " + others + "'s units off "
                + "it. Widen the scope (or clear it, to read every virtual server), or map " + others + " to "
                + (outside.size() == 1 ? "a contract of its own" : "contracts of their own") + " on the Companies panel.";
        return new Problem(ProblemKind.OTHER, contract, message, 0);
    }
}
