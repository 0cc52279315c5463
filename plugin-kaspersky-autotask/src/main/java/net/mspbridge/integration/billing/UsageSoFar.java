package net.mspbridge.integration.billing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageReadListener;
import net.mspbridge.integration.kaspersky.UsageReading;

/**
 * The usage of a run's customers as it comes in: the usage source tells it of each customer from its
 * reading threads, and the run's thread plans from what is in while the rest is still being read.
 * It asks the reading to stop once the run is cancelled. Thread-safe.
 */
final class UsageSoFar implements UsageReadListener {

    private final BooleanSupplier cancelled;
    private final Map<String, CustomerUsage> usage = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    UsageSoFar(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    @Override
    public boolean stopRequested() {
        return cancelled.getAsBoolean();
    }

    @Override
    public synchronized void read(CustomerUsage customerUsage) {
        usage.put(customerUsage.customer().id(), customerUsage);
        notifyAll();
    }

    @Override
    public synchronized void failed(KasperskyCustomer customer, String reason) {
        failures.put(customer.id(), reason);
        notifyAll();
    }

    /** How many customers are done: read, or failed on their own. */
    synchronized int done() {
        return usage.size() + failures.size();
    }

    /**
     * Waits until more than {@code known} customers are done, at most {@code wait}.
     *
     * @return how many are done
     */
    synchronized int awaitMoreThan(int known, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (done() <= known) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return done();
    }

    /** What is in now, as a reading of the customers done. */
    synchronized UsageReading snapshot() {
        return new UsageReading(List.copyOf(usage.values()), failures);
    }
}
