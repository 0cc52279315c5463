package net.mspbridge.integration.kaspersky.ksc;

import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;

/**
 * Reads the usage of one virtual server, in a session of its own bound to it: the licence keys and
 * the hosts of each billable key (iterators), then every host in chunks, each host counted as it is
 * parsed when it is one of the billable ones. A virtual server without a billable key costs no host
 * reading at all.
 *
 * <p>Memory while a read is under way: the virtual server's billable host set
 * ({@link BillableHosts}, about 150 bytes a billable host) and one chunk being parsed.
 *
 * <p>Thread-safe: each {@link #read} opens, uses and closes its own session (one connection, one
 * call at a time); the connector and the product index are shared and safe to share.
 */
final class VirtualServerUsage {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualServerUsage.class);

    private final KscConnector connector;
    private final ProductIndex products;
    private final LocalDate billingDate;

    VirtualServerUsage(KscConnector connector, ProductIndex products, LocalDate billingDate) {
        this.connector = connector;
        this.products = products;
        this.billingDate = billingDate;
    }

    /**
     * The id usage of a Security Center product the catalog does not know is counted under: no
     * application of the catalog has it, so billing reports it as usage the plugin cannot bill.
     */
    static String unknownApplicationId(String productId) {
        return "Security Center product " + productId;
    }

    /**
     * The billable usage of {@code server}, reported as {@code customer}'s; hosts on billable keys
     * of products the catalog does not know under {@link #unknownApplicationId}.
     *
     * @throws KscException                  when the session or a call fails; every accessor and
     *                                       iterator opened was released (or its release attempted)
     * @throws UnknownVirtualServerException when the virtual server no longer exists
     */
    CustomerUsage read(VirtualServer server, KasperskyCustomer customer) {
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
                Set<String> unknown = billable.takeUnknown(host.id());
                if (bits != 0 || !unknown.isEmpty()) {
                    DeviceCategory category = HostClassifier.classify(host);
                    for (String applicationId : products.applicationIds(bits)) {
                        usage.addDevice(applicationId, category);
                    }
                    for (String product : unknown) {
                        usage.addDevice(unknownApplicationId(product), category);
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
}
