package net.mspbridge.integration.billing;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.mspbridge.api.PluginException;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.integration.kaspersky.Solution;

/**
 * The plugin's record of the (contract, service) pairs it has billed for one Kaspersky solution, in
 * its store: one key per contract, {@code billing.billed.<contractId>} for Security Center and
 * {@code billing.billed-kbh.<contractId>} for Business Hub, whose value lists the service ids in
 * ascending order, comma-separated ({@code "12,40"}). One key per contract keeps every value small
 * however many contracts there are, and lets one {@code putAll} write a run's additions at once.
 *
 * <p>Each solution has its own record because a run bills one solution's applications: units billed
 * under the other are that solution's business, neither stale nor to be zeroed, and are found again
 * when it is chosen again. Security Center keeps the key it had before Business Hub had a record.
 *
 * <p>Not thread-safe: used from the run's own thread.
 */
final class BilledPairs {

    private final String prefix;
    private final SortedSet<PairKey> pairs;

    private BilledPairs(String prefix, SortedSet<PairKey> pairs) {
        this.prefix = prefix;
        this.pairs = pairs;
    }

    /** The store key prefix of a solution's record. */
    static String prefix(Solution solution) {
        return switch (solution) {
            case SECURITY_CENTER -> "billing.billed.";
            case BUSINESS_HUB -> "billing.billed-kbh.";
        };
    }

    /**
     * Reads the record.
     *
     * @throws PluginException when an entry is damaged: the message names the key and what to do
     * @throws net.mspbridge.api.StoreException when the store cannot be read
     */
    static BilledPairs read(PluginStore store, Solution solution) {
        String prefix = prefix(solution);
        SortedSet<PairKey> pairs = new TreeSet<>();
        store.list(prefix).forEach((key, value) -> {
            try {
                long contractId = Long.parseLong(key.substring(prefix.length()));
                for (String service : value.split(",")) {
                    if (!service.isBlank()) {
                        pairs.add(new PairKey(contractId, Long.parseLong(service.strip())));
                    }
                }
            } catch (NumberFormatException e) {
                throw new PluginException("The plugin's record of billed services is damaged under key '" + key
                        + "' (value '" + value + "'), so no run can tell which services it billed on that contract. Remove "
                        + "that key from the plugin's store with your RMM host's tools for plugin data to start that "
                        + "contract's record afresh, then check the contract's services in Autotask for units left by a "
                        + "mapping that has moved.", e);
            }
        });
        return new BilledPairs(prefix, pairs);
    }

    SortedSet<PairKey> pairs() {
        return new TreeSet<>(pairs);
    }

    /**
     * Adds and drops pairs: one {@code putAll} for every contract whose list changed and still has
     * services, one {@code remove} per contract left with none. Writes nothing when nothing changes.
     *
     * @throws net.mspbridge.api.StoreException when the store refuses; the record is then as before
     *         the {@code putAll}
     */
    void update(PluginStore store, Collection<PairKey> add, Collection<PairKey> drop) {
        SortedSet<PairKey> next = new TreeSet<>(pairs);
        next.addAll(add);
        next.removeAll(drop);
        Set<Long> changed = new TreeSet<>();
        add.stream().filter(p -> !pairs.contains(p)).forEach(p -> changed.add(p.contractId()));
        drop.stream().filter(pairs::contains).forEach(p -> changed.add(p.contractId()));
        Map<String, String> puts = new TreeMap<>();
        Set<String> removes = new TreeSet<>();
        for (long contractId : changed) {
            String services = next.stream().filter(p -> p.contractId() == contractId)
                    .map(p -> Long.toString(p.serviceId())).collect(Collectors.joining(","));
            if (services.isEmpty()) {
                removes.add(prefix + contractId);
            } else {
                puts.put(prefix + contractId, services);
            }
        }
        if (!puts.isEmpty()) {
            store.putAll(puts);
        }
        for (String key : removes) {
            store.remove(key);
        }
        pairs.clear();
        pairs.addAll(next);
    }
}
