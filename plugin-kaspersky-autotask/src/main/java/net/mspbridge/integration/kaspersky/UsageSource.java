package net.mspbridge.integration.kaspersky;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

import net.mspbridge.api.ServiceUnavailableException;

/**
 * Where usage comes from: Kaspersky Security Center, or the host's device inventory. Both yield
 * the same model, so billing does not care which.
 *
 * <p>Errors: {@link ServiceUnavailableException} when the source cannot be read (unreachable,
 * certificate not trusted, credentials refused, a call failed), with a message that says what to
 * fix; {@link net.mspbridge.api.ConfigurationException} when the settings do not fit what the
 * source finds (a configured virtual server that does not exist). Build sources with
 * {@link UsageSources}. A source keeps no state between calls: each call reads afresh.
 */
public interface UsageSource {

    /** The customers the source knows: the rows of the Companies panel. */
    List<KasperskyCustomer> customers();

    /**
     * The customers the source knows but does not read by choice: those outside the Security Center
     * virtual server scope of the Connection panel. They are not in {@link #customers()}; a run names
     * them as not read, and leaves their contracts as they are, rather than taking them for customers
     * the source no longer knows. Asked after {@link #customers()}, it costs no further call. None by
     * default (a source with no scope reads every customer it knows).
     */
    default List<KasperskyCustomer> outsideScope() {
        return List.of();
    }

    /** The scope's name (the virtual server the Connection panel names), when the source reads only part of what it knows. */
    default java.util.Optional<String> scope() {
        return java.util.Optional.empty();
    }

    /**
     * The billable usage of the given customers, one entry per customer asked for, in the order
     * asked, each carrying the customer object it was asked for (an unknown or empty customer has
     * no counts: {@link CustomerUsage#none}).
     */
    List<CustomerUsage> usage(Collection<KasperskyCustomer> customers);

    /**
     * The billable usage of the given customers, isolating failures: a customer whose usage cannot be
     * read (say, one virtual server refusing its session) is listed in {@link UsageReading#failures()}
     * and the others are still read. By default any failure fails them all, as {@link #usage} does;
     * sources that read customers separately override it.
     *
     * @throws net.mspbridge.api.ServiceUnavailableException when the source as a whole cannot be used
     *         (unreachable, credentials refused)
     */
    default UsageReading read(Collection<KasperskyCustomer> customers) {
        return new UsageReading(usage(customers), java.util.Map.of());
    }

    /**
     * As {@link #read(Collection)}, telling {@code listener} of each customer as soon as it is done,
     * and stopping early once {@link UsageReadListener#stopRequested()} answers true: a source that
     * reads customers one after another asks before each, starts no further customer once it is
     * true, lets the reads under way end (releasing what they opened) and throws
     * {@link UsageReadStoppedException}. By default the whole reading is one step, as for the host's
     * inventory, which is read at once: the listener hears of every customer when it ends.
     *
     * @throws UsageReadStoppedException when the reading stopped on request before every customer was read
     */
    default UsageReading read(Collection<KasperskyCustomer> customers, UsageReadListener listener) {
        if (listener.stopRequested()) {
            throw new UsageReadStoppedException(0, customers.size());
        }
        UsageReading reading = read(customers);
        reading.usage().forEach(listener::read);
        customers.stream().filter(c -> reading.failures().containsKey(c.id()))
                .forEach(c -> listener.failed(c, reading.failures().get(c.id())));
        return reading;
    }

    /**
     * Lists the devices of a customer whose usage is not billed (mapped with billing off) to the
     * evidence, one by one, each as not counted for {@code reason}: every device with an application
     * of the source's catalog, once per application, and every seat group of a per-user one. Nothing
     * of it is usage: it is never billed, planned or remembered, only shown to the person auditing
     * the run.
     *
     * <p>By default the source lists nothing and answers empty ("devices not read"): reading a
     * customer from Kaspersky Security Center costs calls that a customer not billed is not worth, so
     * no call is made. A source whose devices are free to read (the host's inventory) overrides it.
     *
     * @return the units listed (a device is one per application, a seat group its users), 0 when the
     *         customer has no such device; empty when the source does not list devices not billed
     * @throws RuntimeException as {@link #usage} does when the customer cannot be read; the evidence
     *         written for the customer by then is discarded
     */
    default OptionalInt listNotBilled(KasperskyCustomer customer, String reason) {
        return OptionalInt.empty();
    }
}
