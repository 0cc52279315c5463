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
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;
import net.mspbridge.integration.mapping.SettingsKeys;

/**
 * Usage read from a Kaspersky Security Center Administration Server: its virtual servers are the
 * customers; a virtual server's usage is its hosts that use an active commercial key or
 * subscription, per application and device category.
 *
 * <p>Per virtual server, in one session bound to it: the licence keys and the hosts of each
 * billable key (iterators), then every host in chunks, each host counted as it is parsed when it
 * is one of the billable ones. A virtual server without a billable key costs no host reading at
 * all. Calls for 100,000 hosts with chunks of 500: about 2 x 200 chunk and page calls plus a
 * dozen others, never one per host.
 *
 * <p>Thread-safe: calls are serialized, one session at a time.
 */
final class KscUsageSource implements UsageSource {

    private static final Logger LOG = LoggerFactory.getLogger(KscUsageSource.class);

    private final KscConnector connector;
    private final ProductIndex products;
    private final LocalDate billingDate;

    KscUsageSource(KscConnector connector, ProductIndex products, LocalDate billingDate) {
        this.connector = connector;
        this.products = products;
        this.billingDate = billingDate;
    }

    @Override
    public synchronized List<KasperskyCustomer> customers() {
        return inScope(virtualServers()).stream().map(VirtualServer::customer).toList();
    }

    @Override
    public synchronized List<CustomerUsage> usage(Collection<KasperskyCustomer> customers) {
        return readAll(customers, false).usage();
    }

    /**
     * As {@link #usage}, but a virtual server whose session or calls fail (refused, a PxgError) is
     * reported in the reading's failures while the others are read. A server that cannot be reached
     * at all, or whose certificate changed, still fails the whole reading.
     */
    @Override
    public synchronized UsageReading read(Collection<KasperskyCustomer> customers) {
        return readAll(customers, true);
    }

    private UsageReading readAll(Collection<KasperskyCustomer> customers, boolean isolate) {
        if (customers.isEmpty()) {
            return new UsageReading(List.of(), Map.of());
        }
        long callsBefore = connector.calls();
        Map<String, VirtualServer> byId = inScope(virtualServers()).stream()
                .collect(Collectors.toMap(vs -> Long.toString(vs.id()), Function.identity(), (a, b) -> a));
        List<CustomerUsage> result = new ArrayList<>(customers.size());
        Map<String, String> failures = new LinkedHashMap<>();
        for (KasperskyCustomer customer : customers) {
            VirtualServer server = byId.get(customer.id());
            if (server == null) {
                LOG.info("Kaspersky customer {} ({}) is not a virtual server in scope; no usage", customer.id(),
                        customer.name());
                result.add(CustomerUsage.none(customer));
                continue;
            }
            try {
                result.add(usageOf(server, customer));
            } catch (KscCallException | KscLoginRefusedException | UnknownVirtualServerException e) {
                if (!isolate) {
                    throw e;
                }
                LOG.warn("Usage of virtual server '{}' could not be read: {}", server.name(), e.getMessage());
                failures.put(customer.id(), e.getMessage());
            }
        }
        LOG.info("Read usage of {} Kaspersky Security Center customer(s) in {} calls{}", customers.size(),
                connector.calls() - callsBefore, failures.isEmpty() ? "" : "; " + failures.size() + " could not be read");
        return new UsageReading(result, failures);
    }

    private CustomerUsage usageOf(VirtualServer server, KasperskyCustomer customer) {
        CustomerUsage.Builder usage = CustomerUsage.builder(customer);
        try (KscSession session = connector.virtualServerSession(server.name())) {
            int chunkSize = connector.settings().chunkSize();
            BillableHosts billable = BillableHosts.read(session, products, billingDate, chunkSize);
            if (billable.isEmpty()) {
                return usage.build();
            }
            int licensed = billable.size();
            long read = HostPager.forEachHost(session, chunkSize, host -> {
                long bits = billable.take(host.id());
                if (bits != 0) {
                    DeviceCategory category = HostClassifier.classify(host);
                    for (String applicationId : products.applicationIds(bits)) {
                        usage.addDevice(applicationId, category);
                    }
                }
            });
            if (!billable.isEmpty()) {
                // A key names a host the host list does not have: without its attributes it cannot be
                // put in a category, so it is left out rather than guessed.
                LOG.warn("Virtual server '{}': {} host(s) use billable keys but are not among its {} hosts;"
                        + " they are not counted", server.name(), billable.size(), read);
            }
            LOG.debug("Virtual server '{}': {} hosts read, {} on billable keys", server.name(), read, licensed);
        }
        return usage.build();
    }

    private List<VirtualServer> virtualServers() {
        try (KscSession session = connector.mainSession()) {
            return VirtualServer.list(session);
        }
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
                + SettingsKeys.KSC_VIRTUAL_SERVER + ") or leave it empty to bill every virtual server.", name, names);
    }
}
