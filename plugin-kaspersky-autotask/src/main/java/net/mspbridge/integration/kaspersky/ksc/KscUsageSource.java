package net.mspbridge.integration.kaspersky.ksc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageReadListener;
import net.mspbridge.integration.kaspersky.UsageReadStoppedException;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * Usage read from a Kaspersky Security Center Administration Server: its virtual servers are the
 * customers; a virtual server's usage is its hosts that use an active commercial key or
 * subscription, per application and device category (see {@link VirtualServerUsage}).
 *
 * <p>Up to {@link KscSettings#parallelVirtualServers()} virtual servers (default 8) are read at
 * once, each in its own session on its own connection, each session still making one call at a
 * time; the usage comes back in the order asked. Calls for 100,000 hosts with chunks of 500: about
 * 2 x 200 chunk and page calls plus a dozen others per virtual server, never one per host; reading
 * in parallel changes when the calls are made, not how many.
 *
 * <p>Memory: each virtual server being read holds its set of billable hosts (about 150 bytes a
 * billable host) and one chunk being parsed; so at most {@code parallelVirtualServers} times the
 * largest virtual server's set at once, for example some 45 MB for three virtual servers of
 * 100,000 billable hosts each. Finished virtual servers keep only their counts.
 *
 * <p>Thread-safe: one reading at a time per source (the methods are synchronized), so a source
 * never has more than {@code parallelVirtualServers} sessions busy.
 */
final class KscUsageSource implements UsageSource {

    private static final Logger LOG = LoggerFactory.getLogger(KscUsageSource.class);

    private final KscConnector connector;
    private final VirtualServerUsage virtualServerUsage;
    /** Guarded by this: every public method is synchronized. */
    private List<VirtualServer> listed;

    KscUsageSource(KscConnector connector, ProductIndex products, LocalDate billingDate, EvidenceSink evidence) {
        this.connector = connector;
        this.virtualServerUsage = new VirtualServerUsage(connector, products, billingDate, evidence);
    }

    @Override
    public synchronized List<KasperskyCustomer> customers() {
        return inScope(virtualServers()).stream().map(VirtualServer::customer).toList();
    }

    /** {@inheritDoc} From the one listing of the virtual servers {@link #customers()} made. */
    @Override
    public synchronized List<KasperskyCustomer> outsideScope() {
        if (connector.settings().virtualServer().isEmpty()) {
            return List.of();
        }
        List<VirtualServer> in = inScope(virtualServers());
        return virtualServers().stream().filter(vs -> !in.contains(vs)).map(VirtualServer::customer).toList();
    }

    @Override
    public Optional<String> scope() {
        return connector.settings().virtualServer();
    }

    /**
     * {@inheritDoc}
     *
     * <p>The first failure of any virtual server fails the whole reading: no further virtual
     * server is started, the ones under way finish (releasing what they opened), and the failure of
     * the earliest customer asked for is thrown, any others added to it as suppressed.
     */
    @Override
    public synchronized List<CustomerUsage> usage(Collection<KasperskyCustomer> customers) {
        return readAll(customers, false, UsageReadListener.NONE).usage();
    }

    /**
     * As {@link #usage}, but a virtual server whose session or calls fail (refused, a PxgError) is
     * reported in the reading's failures while the others are read. A server that cannot be reached
     * at all, or whose certificate changed, still fails the whole reading, as {@link #usage} fails.
     */
    @Override
    public synchronized UsageReading read(Collection<KasperskyCustomer> customers) {
        return readAll(customers, true, UsageReadListener.NONE);
    }

    /**
     * As {@link #read(Collection)}, telling {@code listener} of each virtual server as soon as it is
     * read (or has failed on its own), and asking it before each virtual server is started: once it
     * asks to stop, the virtual servers under way are read to their end (their accessors released)
     * and no other is started.
     *
     * @throws UsageReadStoppedException when the reading stopped so before every virtual server was read
     */
    @Override
    public synchronized UsageReading read(Collection<KasperskyCustomer> customers, UsageReadListener listener) {
        return readAll(customers, true, listener);
    }

    private UsageReading readAll(Collection<KasperskyCustomer> customers, boolean isolate, UsageReadListener listener) {
        if (customers.isEmpty()) {
            return new UsageReading(List.of(), Map.of());
        }
        long callsBefore = connector.calls();
        Map<String, VirtualServer> byId = inScope(virtualServers()).stream()
                .collect(Collectors.toMap(vs -> Long.toString(vs.id()), Function.identity(), (a, b) -> a));
        List<KasperskyCustomer> asked = List.copyOf(customers);
        List<KasperskyCustomer> toRead = new ArrayList<>();
        int[] readAs = new int[asked.size()];
        for (int i = 0; i < asked.size(); i++) {
            KasperskyCustomer customer = asked.get(i);
            if (byId.containsKey(customer.id())) {
                readAs[i] = toRead.size();
                toRead.add(customer);
            } else {
                readAs[i] = -1;
                LOG.info("Kaspersky customer {} ({}) is not a virtual server in scope; no usage", customer.id(),
                        customer.name());
                listener.read(CustomerUsage.none(customer));
            }
        }
        Predicate<RuntimeException> endsAll = isolate ? failure -> !isolated(failure) : failure -> true;
        ParallelReads<KasperskyCustomer, CustomerUsage> reads = new ParallelReads<>(
                connector.settings().parallelVirtualServers(), endsAll, listener::stopRequested);
        List<ParallelReads.Outcome<CustomerUsage>> outcomes = reads.run(toRead,
                customer -> virtualServerUsage.read(byId.get(customer.id()), customer), (customer, outcome) -> {
                    if (outcome.wasRead()) {
                        listener.read(outcome.value());
                    } else if (outcome.failure() instanceof RuntimeException failure && !endsAll.test(failure)) {
                        listener.failed(customer, failure.getMessage());
                    }
                });
        throwFirstFailureThatEndsAll(outcomes, endsAll);
        if (reads.stoppedOnRequest() && outcomes.stream().anyMatch(o -> !o.wasRead() && !o.hasFailed())) {
            int read = (int) outcomes.stream().filter(ParallelReads.Outcome::wasRead).count();
            LOG.info("Usage reading stopped on request after {} of {} virtual server(s), in {} calls", read,
                    toRead.size(), connector.calls() - callsBefore);
            throw new UsageReadStoppedException(read, toRead.size());
        }

        List<CustomerUsage> result = new ArrayList<>(asked.size());
        Map<String, String> failures = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            KasperskyCustomer customer = asked.get(i);
            if (readAs[i] < 0) {
                result.add(CustomerUsage.none(customer));
                continue;
            }
            ParallelReads.Outcome<CustomerUsage> outcome = outcomes.get(readAs[i]);
            if (outcome.wasRead()) {
                result.add(outcome.value());
            } else if (outcome.hasFailed()) {
                // Only failures of one virtual server are left here: the others were thrown above.
                LOG.warn("Usage of virtual server '{}' could not be read: {}", byId.get(customer.id()).name(),
                        outcome.failure().getMessage());
                failures.put(customer.id(), outcome.failure().getMessage());
            } else {
                throw new IllegalStateException("virtual server of customer " + customer.id()
                        + " was not read although the reading did not stop");
            }
        }
        LOG.info("Read usage of {} Kaspersky Security Center customer(s) in {} calls{}", asked.size(),
                connector.calls() - callsBefore, failures.isEmpty() ? "" : "; " + failures.size() + " could not be read");
        return new UsageReading(result, failures);
    }

    /** A failure that concerns one virtual server only: its session refused, a call of it failed, it is gone. */
    private static boolean isolated(RuntimeException failure) {
        return failure instanceof KscCallException || failure instanceof KscLoginRefusedException
                || failure instanceof UnknownVirtualServerException;
    }

    /**
     * Throws the failure of the earliest customer that ends the whole reading, with the other such
     * failures suppressed in it; returns when there is none.
     */
    private static void throwFirstFailureThatEndsAll(List<ParallelReads.Outcome<CustomerUsage>> outcomes,
            Predicate<RuntimeException> endsAll) {
        Throwable first = null;
        for (ParallelReads.Outcome<CustomerUsage> outcome : outcomes) {
            Throwable failure = outcome.failure();
            boolean ends = failure instanceof Error || failure instanceof RuntimeException runtime && endsAll.test(runtime);
            if (!ends) {
                continue;
            }
            if (first == null) {
                first = failure;
            } else if (failure != first) {
                first.addSuppressed(failure);
            }
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first != null) {
            throw (RuntimeException) first;
        }
    }

    /**
     * The virtual servers, listed once per source: a run asks for its customers, then for their
     * usage, and the list does not need asking twice (3 calls: a main-server login,
     * {@code VServers.GetVServers}, {@code Session.EndSession}). A source lives for one run or one
     * settings request; a virtual server deleted after the listing fails its own reading with
     * {@link UnknownVirtualServerException}, as one deleted between listing and reading always did.
     */
    private List<VirtualServer> virtualServers() {
        if (listed == null) {
            try (KscSession session = connector.mainSession()) {
                listed = List.copyOf(VirtualServer.list(session));
            }
        }
        return listed;
    }

    /** All virtual servers, or the one the settings name (matched ignoring case when unambiguous). */
    private List<VirtualServer> inScope(List<VirtualServer> all) {
        Optional<String> scope = connector.settings().virtualServer();
        if (scope.isEmpty()) {
            return all;
        }
        return List.of(find(all, scope.get(), connector.settings()));
    }

    /**
     * The virtual server with this display name: exact, else the only one equal ignoring case.
     *
     * @throws UnknownVirtualServerException when there is none
     */
    static VirtualServer find(List<VirtualServer> all, String name, KscSettings settings) {
        Optional<VirtualServer> exact = all.stream().filter(vs -> vs.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<VirtualServer> ignoringCase = all.stream()
                .filter(vs -> vs.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
        if (ignoringCase.size() == 1) {
            return ignoringCase.get(0);
        }
        List<String> names = all.stream().map(VirtualServer::name).sorted().toList();
        String known = names.isEmpty() ? "it has none"
                : "it has " + String.join(", ", names.subList(0, Math.min(names.size(), 20)))
                        + (names.size() > 20 ? " and " + (names.size() - 20) + " more" : "");
        throw new UnknownVirtualServerException("Kaspersky Security Center at " + settings.displayAddress()
                + " has no virtual server named '" + name + "' (" + known + "). Correct the virtual server setting ("
                + KscSettingKeys.VIRTUAL_SERVER + ") or leave it empty to bill every virtual server.", name, names);
    }
}
