package net.mspbridge.integration.kaspersky.ksc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hosts of one virtual server that use a billable key, and for which applications: read from
 * {@code LicenseKeys.EnumKeys} and, for each billable key, {@code LicenseKeys.AcquireKeyHosts}.
 * A billable key's product the catalog does not know is kept too, by its product id: its hosts are
 * billed nowhere, and the run must say so rather than count them as nothing.
 *
 * <p>Memory: one map entry per billable host (its id and a {@code long} of application bits),
 * about 150 bytes for KSC's 36-character host ids, so some 15 MB for 100,000 hosts. Keys are few
 * and kept as a list. Nothing else grows with the number of hosts (but for hosts of products the
 * catalog does not know, which there should be none of).
 */
final class BillableHosts {

    private static final Logger LOG = LoggerFactory.getLogger(BillableHosts.class);
    private static final int TIMEOUT_SECONDS = 300;

    private final Map<String, Long> applicationBits = new HashMap<>();
    private final Map<String, Set<String>> unknownProducts = new HashMap<>();

    private BillableHosts() {
    }

    /** Reads the keys and their hosts in the session's virtual server. */
    static BillableHosts read(KscSession session, ProductIndex products, LocalDate billingDate, int batch) {
        BillableHosts hosts = new BillableHosts();
        List<LicenceKey> keys = keys(session, batch);
        int billable = 0;
        for (LicenceKey key : keys) {
            if (!key.readable()) {
                LOG.warn("Licence key {} has a limit date that cannot be read; its hosts are not billed", key.serial());
            }
            if (!key.billableOn(billingDate)) {
                continue;
            }
            billable++;
            hosts.addHostsOf(session, key, products, batch);
        }
        if (!hosts.unknownProducts.isEmpty()) {
            Set<String> unknown = new TreeSet<>();
            hosts.unknownProducts.values().forEach(unknown::addAll);
            LOG.warn("Products on billable keys that the plugin's catalog does not know, used by {} host(s): {}",
                    hosts.unknownProducts.size(), unknown);
        }
        LOG.debug("{} of {} licence keys billable on {}, used by {} hosts", billable, keys.size(), billingDate,
                hosts.size());
        return hosts;
    }

    /**
     * The application bits of a host, removing it: each host is counted once.
     *
     * @return 0 when the host uses no billable key
     */
    long take(String hostId) {
        Long bits = applicationBits.remove(hostId);
        return bits == null ? 0L : bits;
    }

    /**
     * The product ids of billable keys of the host that the catalog does not know, removing them.
     *
     * @return empty when there are none
     */
    Set<String> takeUnknown(String hostId) {
        Set<String> products = unknownProducts.remove(hostId);
        return products == null ? Set.of() : products;
    }

    /** The hosts still to be taken. */
    int size() {
        Set<String> hosts = new HashSet<>(applicationBits.keySet());
        hosts.addAll(unknownProducts.keySet());
        return hosts.size();
    }

    boolean isEmpty() {
        return applicationBits.isEmpty() && unknownProducts.isEmpty();
    }

    private static List<LicenceKey> keys(KscSession session, int batch) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pFields", LicenceKey.FIELDS);
        params.put("pFieldsToOrder", List.of());
        params.put("pOptions", Map.of());
        params.put("lTimeoutSec", TIMEOUT_SECONDS);
        List<LicenceKey> keys = new ArrayList<>();
        iterate(session, "LicenseKeys.EnumKeys", params, batch, item -> keys.add(LicenceKey.of(item)));
        return keys;
    }

    private void addHostsOf(KscSession session, LicenceKey key, ProductIndex products, int batch) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pInData", Map.of("KLLIC_SERIAL", key.serial()));
        params.put("pFields", List.of("KLLICSRV_HOSTNAME", "KLLICSRV_PRODUCT", "KLLICSRV_VERSION"));
        params.put("pFieldsToOrder", List.of());
        params.put("pOptions", Map.of());
        params.put("lTimeoutSec", TIMEOUT_SECONDS);
        iterate(session, "LicenseKeys.AcquireKeyHosts", params, batch, item -> {
            String host = KscValues.text(item, "KLLICSRV_HOSTNAME").orElse("");
            String product = KscValues.text(item, "KLLICSRV_PRODUCT").orElse("");
            long bit = products.bitOf(product);
            if (host.isEmpty() || product.isEmpty()) {
                return;
            }
            if (bit == 0) {
                unknownProducts.computeIfAbsent(host, h -> new TreeSet<>()).add(product);
            } else {
                applicationBits.merge(host, bit, (a, b) -> a | b);
            }
        });
    }

    /** Opens an iterator with {@code method}, reads it to the end and releases it. */
    private static void iterate(KscSession session, String method, Map<String, Object> params, int batch,
            Consumer<JsonNode> sink) {
        Reply opened = session.call(method, params);
        String iterator = opened.text("wstrIterator").orElseThrow(() -> Calls.notApi(method, 200, null));
        if (opened.number("lKeyCount").orElse(-1L) == 0) {
            // Nothing to read: release without asking for an empty page.
            Released.reading("iterator", () -> SyncIterator.release(session, iterator), () -> 0);
            return;
        }
        SyncIterator.drain(session, iterator, batch, sink);
    }
}
