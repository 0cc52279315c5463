package net.mspbridge.integration.billing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;

/** A usage source whose customers and counts a test sets and changes between runs. Thread-safe. */
final class FakeUsage implements UsageSource {

    private final Map<String, KasperskyCustomer> customers = new TreeMap<>();
    private final Map<String, Map<String, UsageCounts>> usage = new TreeMap<>();
    private int calls;
    private final Set<String> asked = new TreeSet<>();
    private boolean unavailable;
    private final Map<String, String> unreadable = new TreeMap<>();

    synchronized FakeUsage unavailable(boolean unavailable) {
        this.unavailable = unavailable;
        return this;
    }

    /** This customer's usage cannot be read, for the reason given; the others can. */
    synchronized FakeUsage unreadable(String customerId, String reason) {
        unreadable.put(customerId, reason);
        return this;
    }

    synchronized FakeUsage customer(String id) {
        customers.putIfAbsent(id, new KasperskyCustomer(id, "Customer " + id));
        usage.putIfAbsent(id, new TreeMap<>());
        return this;
    }

    synchronized FakeUsage set(String customerId, String applicationId, UsageCounts counts) {
        customer(customerId);
        usage.get(customerId).put(applicationId, counts);
        return this;
    }

    synchronized int calls() {
        return calls;
    }

    /** Every customer whose usage was asked for, in id order. */
    synchronized List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized List<KasperskyCustomer> customers() {
        calls++;
        if (unavailable) {
            throw new ServiceUnavailableException("Kaspersky Security Center",
                    "Kaspersky Security Center at ksc.example:13299 did not answer: check the address and that the server runs.");
        }
        return List.copyOf(customers.values());
    }

    @Override
    public synchronized List<CustomerUsage> usage(Collection<KasperskyCustomer> asked) {
        calls++;
        asked.forEach(c -> this.asked.add(c.id()));
        if (asked.stream().anyMatch(c -> unreadable.containsKey(c.id()))) {
            throw new ServiceUnavailableException("Kaspersky Security Center", "a customer could not be read");
        }
        return asked.stream().map(c -> new CustomerUsage(c, usage.getOrDefault(c.id(), Map.of()))).toList();
    }

    @Override
    public synchronized UsageReading read(Collection<KasperskyCustomer> asked) {
        calls++;
        asked.forEach(c -> this.asked.add(c.id()));
        Map<String, String> failures = new TreeMap<>();
        List<CustomerUsage> read = new java.util.ArrayList<>();
        for (KasperskyCustomer c : asked) {
            if (unreadable.containsKey(c.id())) {
                failures.put(c.id(), unreadable.get(c.id()));
            } else {
                read.add(new CustomerUsage(c, usage.getOrDefault(c.id(), Map.of())));
            }
        }
        return new UsageReading(read, failures);
    }
}
