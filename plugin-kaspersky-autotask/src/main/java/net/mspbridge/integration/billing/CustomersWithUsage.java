package net.mspbridge.integration.billing;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.mspbridge.api.host.PluginStore;
import net.mspbridge.integration.kaspersky.Solution;

/**
 * The plugin's record of the customers that had billable usage at the last apply run, in its store:
 * one key per customer, {@code billing.had-usage.<customerId>} for Security Center and
 * {@code billing.had-usage-kbh.<customerId>} for Business Hub, value {@code "1"}. A customer of
 * these that reports no usage at all makes every decrease of its contract sudden ({@link DropRule}).
 * What a plan asks to keep ({@link Plan#hadUsage()}) is written after an apply run, so a customer
 * silent for several runs stays held until its usage comes back or a person confirms the drop.
 *
 * <p>Not thread-safe: used from the run's own thread.
 */
final class CustomersWithUsage {

    private final String prefix;
    private final Set<String> ids;

    private CustomersWithUsage(String prefix, Set<String> ids) {
        this.prefix = prefix;
        this.ids = ids;
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
        Set<String> ids = new TreeSet<>();
        store.list(prefix).keySet().forEach(key -> ids.add(key.substring(prefix.length())));
        return new CustomersWithUsage(prefix, ids);
    }

    Set<String> ids() {
        return Set.copyOf(ids);
    }

    /**
     * Makes the record {@code next}: one {@code putAll} for the customers added, one {@code remove}
     * per customer dropped; nothing when nothing changes.
     *
     * @throws net.mspbridge.api.StoreException when the store refuses
     */
    void replace(PluginStore store, Set<String> next) {
        Map<String, String> puts = new TreeMap<>();
        next.stream().filter(id -> !ids.contains(id)).forEach(id -> puts.put(prefix + id, "1"));
        if (!puts.isEmpty()) {
            store.putAll(puts);
        }
        for (String id : new TreeSet<>(ids)) {
            if (!next.contains(id)) {
                store.remove(prefix + id);
            }
        }
        ids.clear();
        ids.addAll(next);
    }
}
