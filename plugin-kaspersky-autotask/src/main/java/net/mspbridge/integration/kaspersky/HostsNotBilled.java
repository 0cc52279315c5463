package net.mspbridge.integration.kaspersky;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The devices of one customer that a source saw but did not count, per reason; a device with two
 * applications neither of which bills counts once per application.
 *
 * @param counts          devices per reason; reasons with none are absent
 * @param unknownProducts the product ids behind {@link NotBilledReason#UNKNOWN_PRODUCT}, upper-case
 */
public record HostsNotBilled(Map<NotBilledReason, Integer> counts, SortedSet<String> unknownProducts) {

    /** Nothing left out. */
    public static final HostsNotBilled NONE = new HostsNotBilled(Map.of(), new TreeSet<>());

    public HostsNotBilled {
        EnumMap<NotBilledReason, Integer> copy = new EnumMap<>(NotBilledReason.class);
        counts.forEach((reason, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("a count of devices not billed must not be negative: " + reason);
            }
            if (count > 0) {
                copy.put(reason, count);
            }
        });
        counts = Collections.unmodifiableMap(copy);
        unknownProducts = Collections.unmodifiableSortedSet(new TreeSet<>(unknownProducts));
    }

    /** The devices left out for this reason. */
    public int count(NotBilledReason reason) {
        return counts.getOrDefault(reason, 0);
    }

    /** All devices left out, whatever the reason. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
