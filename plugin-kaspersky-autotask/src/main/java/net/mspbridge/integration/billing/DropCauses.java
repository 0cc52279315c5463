package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import net.mspbridge.integration.settings.CompanyMapping;

/**
 * Why a contract's units fall although the usage of the customers billed on it now did not: a customer
 * billed on it at the last apply (the plugin's record, {@link CustomersWithUsage}) is mapped with billing
 * off now, or to another contract. Its units leave the contract with it, so a drop of that contract is
 * said to be its, by name, and not the remaining customers'. Whether the drop is held stays the
 * {@link DropRule}'s to decide: this only words it.
 *
 * <p>A record written before the contracts were kept does not say where a customer was billed: such a
 * customer is taken to have been billed on the contract it is mapped to with billing off now (it cannot
 * be billed anywhere else), and is not named as having moved.
 */
final class DropCauses {

    /**
     * One customer that left a contract since the last apply.
     *
     * @param name how reports name it
     * @param now  what became of it: "its billing is off now (Companies panel)", "is mapped to another
     *             contract now" or "is mapped to no contract now"
     */
    record Departed(String name, String now) {

        /** "Contoso had billable usage on this contract at the last apply and its billing is off now (Companies panel)". */
        String sentence() {
            return name + " had billable usage on this contract at the last apply and " + now;
        }
    }

    /** Per contract id, the customers that left it, in customer id order. */
    private final Map<Long, List<String>> idsByContract = new HashMap<>();
    private final Map<String, Departed> departed = new TreeMap<>();

    DropCauses(ReconciliationInput in) {
        new TreeMap<>(in.drops().billedOn()).forEach((customerId, contracts) -> {
            Optional<CompanyMapping> mapping = in.companies().of(customerId);
            if (mapping.isEmpty()) {
                return;
            }
            OptionalLong now = mapping.get().contractId();
            boolean off = !mapping.get().billingEnabled();
            List<Long> left = new ArrayList<>(contracts);
            if (left.isEmpty() && off && now.isPresent()) {
                left.add(now.getAsLong());
            }
            for (Long contractId : left) {
                if (off || now.isEmpty() || now.getAsLong() != contractId) {
                    departed.put(customerId, new Departed(in.label(customerId), off ? "its billing is off now (Companies "
                            + "panel)" : now.isEmpty() ? "is mapped to no contract now" : "is mapped to another contract now"));
                    idsByContract.computeIfAbsent(contractId, id -> new ArrayList<>(1)).add(customerId);
                }
            }
        });
    }

    /** The customers that left the contract since the last apply; none for most contracts. */
    List<Departed> of(long contractId) {
        List<String> ids = idsByContract.get(contractId);
        if (ids == null) {
            return List.of();
        }
        List<Departed> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(departed.get(id)));
        return out;
    }

    /** The ids of the customers that left the contract since the last apply. */
    List<String> idsOf(long contractId) {
        return idsByContract.getOrDefault(contractId, List.of());
    }
}
