package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the plan needs to hold sudden decreases: the rule, the customers that had billable usage at
 * the last apply (a customer of these that reports none now makes every decrease of its contract
 * sudden), and the drops a person confirmed.
 *
 * @param rule          the Billing options' drop rule
 * @param billedOn      the customers with billable usage at the last apply run, by id, each with the
 *                      contracts it was billed on (empty when the record does not say)
 * @param confirmations the confirmations the host passed to this run
 */
record DropGuard(DropRule rule, Map<String, Set<Long>> billedOn, List<ConfirmedDrop> confirmations) {

    /** Holds nothing: for plans whose tests are about something else, and the rule turned off. */
    static final DropGuard OFF = new DropGuard(DropRule.OFF, Map.of(), List.of());

    DropGuard {
        Objects.requireNonNull(rule, "rule");
        billedOn = Map.copyOf(billedOn);
        confirmations = List.copyOf(confirmations);
    }

    /** Whether the customer had billable usage at the last apply run. */
    boolean hadUsage(String customerId) {
        return billedOn.containsKey(customerId);
    }

    /** The contracts the customer was billed on at the last apply run; empty when not recorded. */
    Set<Long> contractsOf(String customerId) {
        return billedOn.getOrDefault(customerId, Set.of());
    }

    /** The confirmation that covers exactly this drop, if a person gave one. */
    Optional<ConfirmedDrop> confirmation(PairKey pair, int inForce, int wanted, LocalDate date) {
        for (ConfirmedDrop confirmed : confirmations) {
            if (confirmed.covers(pair, inForce, wanted, date)) {
                return Optional.of(confirmed);
            }
        }
        return Optional.empty();
    }
}
