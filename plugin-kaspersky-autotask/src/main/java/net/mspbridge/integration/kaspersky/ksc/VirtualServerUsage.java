package net.mspbridge.integration.kaspersky.ksc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.kaspersky.UsageEvidence;

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
    /** Why a host of the device list that no key lists is not counted, in the evidence as in the report. */
    static final String NO_KEY = NotBilledReason.NO_LICENCE_KEY.description();

    private final KscConnector connector;
    private final ProductIndex products;
    private final LocalDate billingDate;
    private final EvidenceSink evidence;

    VirtualServerUsage(KscConnector connector, ProductIndex products, LocalDate billingDate, EvidenceSink evidence) {
        this.connector = connector;
        this.products = products;
        this.billingDate = billingDate;
        this.evidence = evidence;
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

    /**
     * One read of the virtual server. Its evidence goes to the host as hosts are counted; a read that
     * fails or is renewed part-way discards what it wrote (the next read opens the customer afresh).
     */
    private CustomerUsage readOnce(KscSession session, VirtualServer server, KasperskyCustomer customer) {
        UsageEvidence written = UsageEvidence.open(evidence, customer, products::applicationName);
        CustomerUsage usage;
        try {
            usage = readOnce(session, server, customer, written);
        } catch (RuntimeException e) {
            written.discard();
            throw e;
        }
        written.close();
        return usage;
    }

    private CustomerUsage readOnce(KscSession session, VirtualServer server, KasperskyCustomer customer,
            UsageEvidence written) {
        CustomerUsage.Builder usage = CustomerUsage.builder(customer);
        int chunkSize = connector.settings().chunkSize();
        LicensedHosts licensed = LicensedHosts.read(session, billingDate, chunkSize);
        if (licensed.anyBills()) {
            long read = HostPager.forEachHost(session, chunkSize, host -> {
                Map<String, Integer> uses = licensed.take(host.id());
                if (uses != null) {
                    count(usage, written, licensed, uses, host, HostClassifier.classify(host));
                } else {
                    // The rules count hosts by key, so one with none was never a unit; it is still
                    // counted as seen, so that the report's "not counted" says what the evidence lists.
                    usage.notBilled(NotBilledReason.NO_LICENCE_KEY);
                    written.notCounted(new UsageEvidence.Device(host.id(), name(host), host.osName(), ""), "",
                            HostClassifier.classify(host), NO_KEY);
                }
            });
            if (!licensed.isEmpty()) {
                LOG.warn("Virtual server '{}': {} host(s) use licence keys but are not among its {} hosts;"
                        + " they are reported, not counted", server.name(), licensed.remaining().size(), read);
            }
        }
        // Hosts not in the device list, or all of them when no use bills: no category is needed.
        licensed.remaining().forEach((hostId, uses) -> count(usage, written, licensed, uses,
                new KscHost(hostId, "", "", 0), null));
        return usage.build();
    }

    /**
     * Counts one host: per application, billed in its category when one of its products' uses bills,
     * else not billed with the reason; a product the catalog does not know is never billed.
     *
     * Each decision also goes to the evidence, with the key it was made on.
     *
     * @param category null when the host is not in the device list (a use that bills is then
     *                 {@link NotBilledReason#NOT_IN_DEVICE_LIST})
     */
    private void count(CustomerUsage.Builder usage, UsageEvidence written, LicensedHosts licensed,
            Map<String, Integer> uses, KscHost host, DeviceCategory category) {
        Map<Long, Integer> byApplication = new HashMap<>(2);
        Map<Long, String> productOf = new HashMap<>(2);
        uses.forEach((product, use) -> {
            long bit = products.bitOf(product);
            if (bit != 0) {
                byApplication.merge(bit, use, LicensedHosts::merge);
                productOf.putIfAbsent(bit, product);
            } else if (LicensedHosts.bills(use)) {
                usage.unknownProduct(product);
                written.notCounted(device(host, licensed, use), product, category,
                        NotBilledReason.UNKNOWN_PRODUCT.description() + " (product id " + product + ")");
            } else {
                usage.notBilled(LicensedHosts.reason(use));
                written.notCounted(device(host, licensed, use), product, category,
                        LicensedHosts.reason(use).description());
            }
        });
        byApplication.forEach((bit, use) -> {
            String application = products.applicationIds(bit).get(0);
            if (!LicensedHosts.bills(use)) {
                usage.notBilled(LicensedHosts.reason(use));
                written.notCounted(device(host, licensed, use), application, category,
                        LicensedHosts.reason(use).description());
            } else if (category == null) {
                usage.notBilled(NotBilledReason.NOT_IN_DEVICE_LIST);
                written.notCounted(device(host, licensed, use), application, null,
                        NotBilledReason.NOT_IN_DEVICE_LIST.description());
            } else {
                usage.addDevice(application, category);
                written.counted(device(host, licensed, use), application, category);
            }
        });
    }

    /** The device as the evidence shows it, with the key of the use. */
    private static UsageEvidence.Device device(KscHost host, LicensedHosts licensed, int use) {
        return new UsageEvidence.Device(host.id(), name(host), host.osName(), licensed.serial(use));
    }

    /** Its display name, else its id (a host not in the device list has no name). */
    private static String name(KscHost host) {
        return host.displayName().isEmpty() ? host.id() : host.displayName();
    }
}
