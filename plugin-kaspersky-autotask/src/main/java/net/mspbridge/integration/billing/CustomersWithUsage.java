package net.mspbridge.integration.billing;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.mspbridge.api.host.PluginStore;
import net.mspbridge.integration.kaspersky.Solution;

/**
 * The plugin's record of the customers that had billable usage at the last apply run, in its store:
 * one key per customer, {@code billing.had-usage.<customerId>} for Security Center and
 * {@code billing.had-usage-kbh.<customerId>} for Business Hub, whose value names the contracts it was
 * billed on, {@code "on:5001"} (several comma-separated). A customer of these that reports no usage at
 * all makes every decrease of its contract sudden ({@link DropRule}); one that is mapped with billing off
 * or to another contract now is named as the cause of its old contract's drop ({@link DropCauses}).
 * What a plan asks to keep ({@link Plan#hadUsage()}) is written after an apply run, so a customer
 * silent for several runs stays held until its usage comes back or a person confirms the drop.
 *
 * <p>A value written before the contracts were kept ({@code "1"}) reads as "contracts unknown": the
 * customer still had usage, which is all the drop rule asks.
 *
 * <p>Not thread-safe: used from the run's own thread.
 */
final class CustomersWithUsage {

    private static final String ON = "on:";

    private final String prefix;
    /** Per customer id, the contracts it was billed on; empty when the record does not say. */
    private final Map<String, SortedSet<Long>> contracts;

    private CustomersWithUsage(String prefix, Map<String, SortedSet<Long>> contracts) {
        this.prefix = prefix;
        this.contracts = contracts;
    }

    static String prefix(Solution solution) {
        return switch (solution) {
            case SECURITY_CENTER -> "billing.had-usage.";
            case BUSINESS_HUB -> "billing.had-usage-kbh.";
        };
    }

    /** @throws net.mspbridge.api.StoreException when the store cannot be read */
    static CustomersWithUsage read(PluginStore store, Solution solution) {
        String prefix = prefix(solution);
        Map<String, SortedSet<Long>> contracts = new TreeMap<>();
        store.list(prefix).forEach((key, value) -> contracts.put(key.substring(prefix.length()), parse(value)));
        return new CustomersWithUsage(prefix, contracts);
    }

    /** The contracts of a stored value; none from a value of an older version or one damaged. */
    private static SortedSet<Long> parse(String value) {
        SortedSet<Long> ids = new TreeSet<>();
        if (value == null || !value.startsWith(ON)) {
            return ids;
        }
        for (String id : value.substring(ON.length()).split(",")) {
            try {
                ids.add(Long.parseLong(id.trim()));
            } catch (NumberFormatException e) {
                return new TreeSet<>();
            }
        }
        return ids;
    }

    private static String format(Set<Long> contracts) {
        return contracts.isEmpty() ? "1" : ON + contracts.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    Set<String> ids() {
        return Set.copyOf(contracts.keySet());
    }

    /** Per customer id, the contracts it was billed on at the last apply (empty: not recorded). */
    Map<String, Set<Long>> contracts() {
        Map<String, Set<Long>> copy = new TreeMap<>();
        contracts.forEach((id, on) -> copy.put(id, Set.copyOf(on)));
        return copy;
    }

    /**
     * Makes the record {@code next}: one {@code putAll} for the customers added or whose contracts
     * changed, one {@code remove} per customer dropped; nothing when nothing changes.
     *
     * @throws net.mspbridge.api.StoreException when the store refuses
     */
    void replace(PluginStore store, Map<String, Set<Long>> next) {
        Map<String, String> puts = new TreeMap<>();
        next.forEach((id, on) -> {
            SortedSet<Long> before = contracts.get(id);
            if (before == null || !before.equals(new TreeSet<>(on))) {
                puts.put(prefix + id, format(on));
            }
        });
        if (!puts.isEmpty()) {
            store.putAll(puts);
        }
        for (String id : new TreeSet<>(contracts.keySet())) {
            if (!next.containsKey(id)) {
                store.remove(prefix + id);
            }
        }
        contracts.clear();
        next.forEach((id, on) -> contracts.put(id, new TreeSet<>(on)));
    }
}
