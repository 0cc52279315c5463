package net.mspbridge.integration.kaspersky.ksc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.NotBilledReason;

/**
 * Reads the usage of one virtual server, in a session of its own bound to it: the licence keys and
 * the hosts of each key (iterators, decided by {@link BillingRules}), then, when some use bills,
 * every host in chunks, each host counted as it is parsed. Every (host, application) on a key that
 * does not bill is counted under its {@link NotBilledReason}, never dropped. A virtual server on
 * which no use bills costs no host reading at all.
 *
 * <p>After a new login (the session expired, HTTP 401) nothing read in the old session is trusted:
 * nothing public says accessors and iterators survive a new login, so the session stops the read
 * ({@link KscSession.Renewed}) and the virtual server is read again from the start, its partial
 * counts discarded, up to {@link #MAX_READS} times.
 *
 * <p>Thread-safe: each {@link #read} opens, uses and closes its own session (one connection, one
 * call at a time); the connector and the product index are shared and safe to share.
 */
final class VirtualServerUsage {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualServerUsage.class);
    /** Reads of one virtual server in one run, the first included, before its session is given up on. */
    static final int MAX_READS = 3;

    private final KscConnector connector;
    private final ProductIndex products;
    private final LocalDate billingDate;

    VirtualServerUsage(KscConnector connector, ProductIndex products, LocalDate billingDate) {
        this.connector = connector;
        this.products = products;
        this.billingDate = billingDate;
    }

    /**
     * The usage of {@code server}, reported as {@code customer}'s, with the devices not billed per reason.
     *
     * @throws KscException                  when the session or a call fails; every accessor and
     *                                       iterator opened was released (or its release attempted)
     * @throws UnknownVirtualServerException when the virtual server no longer exists
     */
    CustomerUsage read(VirtualServer server, KasperskyCustomer customer) {
        try (KscSession session = connector.virtualServerSession(server.name())) {
            for (int read = 1; ; read++) {
                try {
                    return readOnce(session, server, customer);
                } catch (KscSession.Renewed renewed) {
                    if (read >= MAX_READS) {
                        throw new KscCallException("Kaspersky Security Center ended the session of virtual server '"
                                + server.name() + "' " + MAX_READS + " times while it was read (during "
                                + renewed.method() + "), so its usage could not be read to the end. Check the"
                                + " session lifetime on the Administration Server and try again.",
                                renewed.method(), 401, null, null, null);
                    }
                    LOG.info("Virtual server '{}': the session was renewed during {}; reading it again from the start",
                            server.name(), renewed.method());
                }
            }
        }
    }

    private CustomerUsage readOnce(KscSession session, VirtualServer server, KasperskyCustomer customer) {
        CustomerUsage.Builder usage = CustomerUsage.builder(customer);
        int chunkSize = connector.settings().chunkSize();
        LicensedHosts licensed = LicensedHosts.read(session, billingDate, chunkSize);
        if (licensed.anyBills()) {
            long read = HostPager.forEachHost(session, chunkSize, host -> {
                Map<String, Byte> uses = licensed.take(host.id());
                if (uses != null) {
                    count(usage, uses, HostClassifier.classify(host));
                }
            });
            if (!licensed.isEmpty()) {
                LOG.warn("Virtual server '{}': {} host(s) use licence keys but are not among its {} hosts;"
                        + " they are reported, not counted", server.name(), licensed.remaining().size(), read);
            }
        }
        // Hosts not in the device list, or all of them when no use bills: no category is needed.
        licensed.remaining().values().forEach(uses -> count(usage, uses, null));
        return usage.build();
    }

    /**
     * Counts one host: per application, billed in its category when one of its products' uses bills,
     * else not billed with the reason; a product the catalog does not know is never billed.
     *
     * @param category null when the host is not in the device list (a use that bills is then
     *                 {@link NotBilledReason#NOT_IN_DEVICE_LIST})
     */
    private void count(CustomerUsage.Builder usage, Map<String, Byte> uses, DeviceCategory category) {
        Map<Long, Byte> byApplication = new HashMap<>(2);
        uses.forEach((product, verdict) -> {
            long bit = products.bitOf(product);
            if (bit != 0) {
                byApplication.merge(bit, verdict, LicensedHosts::merge);
            } else if (verdict == LicensedHosts.BILLS) {
                usage.unknownProduct(product);
            } else {
                usage.notBilled(LicensedHosts.reason(verdict));
            }
        });
        byApplication.forEach((bit, verdict) -> {
            if (verdict != LicensedHosts.BILLS) {
                usage.notBilled(LicensedHosts.reason(verdict));
            } else if (category == null) {
                usage.notBilled(NotBilledReason.NOT_IN_DEVICE_LIST);
            } else {
                usage.addDevice(products.applicationIds(bit).get(0), category);
            }
        });
    }
}
