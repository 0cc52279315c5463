package net.mspbridge.integration.billing;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.kaspersky.UsageEvidence;
import net.mspbridge.integration.kaspersky.UsageReadListener;
import net.mspbridge.integration.kaspersky.UsageReadStoppedException;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * A usage source whose customers and counts a test sets and changes between runs; its reading can be
 * held back, or made to fail, to see what the run does meanwhile. Thread-safe.
 */
final class FakeUsage implements UsageSource {

    private final Map<String, KasperskyCustomer> customers = new TreeMap<>();
    private final Map<String, Map<String, UsageCounts>> usage = new TreeMap<>();
    private int calls;
    private final Set<String> asked = new TreeSet<>();
    private CountDownLatch gate;
    private Duration gateWait = Duration.ZERO;
    private boolean gateOpened;
    private RuntimeException readFailure;
    private final AtomicInteger readsInProgress = new AtomicInteger();
    private boolean unavailable;
    private final Map<String, String> unreadable = new TreeMap<>();
    private final Map<String, CountDownLatch> held = new TreeMap<>();
    private final Map<String, RuntimeException> failAt = new TreeMap<>();
    private final AtomicInteger holdsInVain = new AtomicInteger();
    private Duration holdBound = Duration.ofSeconds(10);
    private final CountDownLatch readEnded = new CountDownLatch(1);
    private EvidenceSink evidence = EvidenceSink.absent();
    private boolean listsNotBilled;
    private final Set<String> listingFails = new TreeSet<>();
    private final Set<String> listed = new TreeSet<>();
    private final Set<String> outside = new TreeSet<>();
    private java.util.Optional<String> scope = java.util.Optional.empty();

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

    /** A customer the source lists under this display name. */
    synchronized FakeUsage named(String id, String name) {
        customers.put(id, new KasperskyCustomer(id, name));
        usage.putIfAbsent(id, new TreeMap<>());
        return this;
    }

    synchronized FakeUsage set(String customerId, String applicationId, UsageCounts counts) {
        customer(customerId);
        usage.get(customerId).put(applicationId, counts);
        return this;
    }

    /** Each customer read also writes its devices (one record a device, one a seat group) to {@code sink}. */
    synchronized FakeUsage evidence(EvidenceSink sink) {
        this.evidence = sink;
        return this;
    }

    /** As a real source does: a record per device counted, named after the customer, application and category. */
    private void writeEvidence(CustomerUsage counted) {
        try (UsageEvidence written = UsageEvidence.open(evidence, counted.customer(),
                id -> Fixtures.CATALOG.find(id).map(SecurityApplication::name).orElse(id))) {
            counted.byApplication().forEach((application, counts) -> {
                for (DeviceCategory category : DeviceCategory.values()) {
                    for (int i = 0; i < counts.devices(category); i++) {
                        String name = counted.customer().id() + "-" + application + "-" + category.key() + "-" + i;
                        written.counted(new UsageEvidence.Device(name, name, "", "key"), application, category);
                    }
                }
                written.seats(application, application, counts.users(), "subscription", "");
            });
        }
    }

    /**
     * Lists the devices of customers not billed, as the host's inventory does: their counts, one
     * record a device and a seat group, each with the reason given; by default it lists none, as
     * Security Center.
     */
    synchronized FakeUsage listsNotBilled(boolean lists) {
        this.listsNotBilled = lists;
        return this;
    }

    /** Listing this customer's devices not billed fails after its first record. */
    synchronized FakeUsage listingFails(String customerId) {
        listingFails.add(customerId);
        return this;
    }

    /** Every customer whose devices not billed were asked for, in id order. */
    synchronized List<String> listed() {
        return List.copyOf(listed);
    }

    @Override
    public synchronized OptionalInt listNotBilled(KasperskyCustomer customer, String reason) {
        listed.add(customer.id());
        if (!listsNotBilled) {
            return OptionalInt.empty();
        }
        int units = 0;
        UsageEvidence written = UsageEvidence.open(evidence, customer,
                id -> Fixtures.CATALOG.find(id).map(SecurityApplication::name).orElse(id));
        for (Map.Entry<String, UsageCounts> entry : usage.getOrDefault(customer.id(), Map.of()).entrySet()) {
            String application = entry.getKey();
            UsageCounts counts = entry.getValue();
            for (DeviceCategory category : DeviceCategory.values()) {
                for (int i = 0; i < counts.devices(category); i++) {
                    String name = customer.id() + "-" + application + "-" + category.key() + "-" + i;
                    written.notCounted(new UsageEvidence.Device(name, name, "", "key"), application, category, reason);
                    units++;
                    if (listingFails.contains(customer.id())) {
                        written.discard();
                        throw new IllegalStateException("the inventory's database went away");
                    }
                }
            }
            written.seats(application, application, counts.users(), "subscription", reason);
            units += counts.users();
        }
        written.close();
        return OptionalInt.of(units);
    }

    synchronized int calls() {
        return calls;
    }

    /**
     * Usage is read only once {@code gate} opens, or after {@code wait} if it does not; whether it
     * opened is kept ({@link #gateOpened()}).
     */
    synchronized FakeUsage readAfter(CountDownLatch gate, Duration wait) {
        this.gate = gate;
        this.gateWait = wait;
        return this;
    }

    synchronized boolean gateOpened() {
        return gateOpened;
    }

    /** Reading usage (after the customers were listed) throws this. */
    synchronized FakeUsage failReading(RuntimeException failure) {
        this.readFailure = failure;
        return this;
    }

    /** Reads of usage started and not yet ended. */
    int readsInProgress() {
        return readsInProgress.get();
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
        return customers.values().stream().filter(c -> !outside.contains(c.id())).toList();
    }

    /** As Security Center with a virtual server scope: these customers are known but not listed nor read. */
    synchronized FakeUsage scope(String name, String... outsideIds) {
        this.scope = java.util.Optional.of(name);
        outside.addAll(List.of(outsideIds));
        return this;
    }

    @Override
    public synchronized List<KasperskyCustomer> outsideScope() {
        return customers.values().stream().filter(c -> outside.contains(c.id())).toList();
    }

    @Override
    public synchronized java.util.Optional<String> scope() {
        return scope;
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
    public UsageReading read(Collection<KasperskyCustomer> asked) {
        return read(asked, UsageReadListener.NONE);
    }

    /**
     * Waits for the gate as {@link #read(Collection)} does, then reads the customers one by one in the
     * order asked, telling the listener of each, each held customer only once its latch opens; gives up
     * when the listener asks to stop meanwhile.
     */
    @Override
    public UsageReading read(Collection<KasperskyCustomer> asked, UsageReadListener listener) {
        readsInProgress.incrementAndGet();
        try {
            waitForTheGate(listener::stopRequested);
            UsageReading reading = readNow(asked);
            int done = 0;
            for (KasperskyCustomer customer : asked) {
                waitFor(heldUntil(customer.id()), listener::stopRequested);
                RuntimeException failure = failureAt(customer.id());
                if (failure != null) {
                    throw failure;
                }
                if (listener.stopRequested()) {
                    throw new UsageReadStoppedException(done, asked.size());
                }
                reading.usage().stream().filter(u -> u.customer().id().equals(customer.id())).forEach(listener::read);
                if (reading.failures().containsKey(customer.id())) {
                    listener.failed(customer, reading.failures().get(customer.id()));
                }
                done++;
            }
            return reading;
        } finally {
            readsInProgress.decrementAndGet();
            readEnded.countDown();
        }
    }

    /** Counted down when the first reading ends, however it ends. */
    CountDownLatch readEnded() {
        return readEnded;
    }

    /** This customer's usage is read only once {@code latch} opens (at most 10 s, see {@link #holdAtMost}). */
    synchronized FakeUsage hold(String customerId, CountDownLatch latch) {
        held.put(customerId, latch);
        return this;
    }

    /** How long a hold waits for its latch before the customer is read anyway. */
    synchronized FakeUsage holdAtMost(Duration bound) {
        holdBound = bound;
        return this;
    }

    /** No customer held, none failing any more. */
    synchronized FakeUsage release() {
        held.clear();
        failAt.clear();
        return this;
    }

    /** The whole reading fails with {@code failure} when it reaches this customer (after its hold). */
    synchronized FakeUsage failAt(String customerId, RuntimeException failure) {
        failAt.put(customerId, failure);
        return this;
    }

    /** Holds that ran out of time without their latch opening or a stop being asked for. */
    int holdsInVain() {
        return holdsInVain.get();
    }

    private synchronized CountDownLatch heldUntil(String customerId) {
        return held.get(customerId);
    }

    private synchronized RuntimeException failureAt(String customerId) {
        return failAt.get(customerId);
    }

    private void waitFor(CountDownLatch latch, BooleanSupplier stopRequested) {
        Duration bound;
        synchronized (this) {
            bound = holdBound;
        }
        if (latch != null && await(latch, bound, stopRequested) == Waited.TIMED_OUT) {
            holdsInVain.incrementAndGet();
        }
    }

    /** Outside the lock: the test's other threads may use this fake meanwhile. */
    private void waitForTheGate(BooleanSupplier stopRequested) {
        CountDownLatch waitFor;
        Duration wait;
        synchronized (this) {
            waitFor = gate;
            wait = gateWait;
        }
        if (waitFor == null) {
            return;
        }
        boolean opened = await(waitFor, wait, stopRequested) == Waited.OPENED;
        synchronized (this) {
            gateOpened = opened;
        }
    }

    /** How a bounded wait for a latch ended. */
    private enum Waited { OPENED, STOPPED, TIMED_OUT }

    /** Waits for {@code latch} at most {@code bound}, giving up as soon as a stop is asked for. */
    private static Waited await(CountDownLatch latch, Duration bound, BooleanSupplier stopRequested) {
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            while (!latch.await(10, TimeUnit.MILLISECONDS)) {
                if (stopRequested.getAsBoolean()) {
                    return Waited.STOPPED;
                }
                if (System.nanoTime() > deadline) {
                    return Waited.TIMED_OUT;
                }
            }
            return Waited.OPENED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Waited.STOPPED;
        }
    }

    private synchronized UsageReading readNow(Collection<KasperskyCustomer> asked) {
        calls++;
        asked.forEach(c -> this.asked.add(c.id()));
        if (readFailure != null) {
            throw readFailure;
        }
        Map<String, String> failures = new TreeMap<>();
        List<CustomerUsage> read = new java.util.ArrayList<>();
        for (KasperskyCustomer c : asked) {
            if (unreadable.containsKey(c.id())) {
                failures.put(c.id(), unreadable.get(c.id()));
            } else {
                CustomerUsage counted = new CustomerUsage(c, usage.getOrDefault(c.id(), Map.of()));
                writeEvidence(counted);
                read.add(counted);
            }
        }
        return new UsageReading(read, failures);
    }
}
