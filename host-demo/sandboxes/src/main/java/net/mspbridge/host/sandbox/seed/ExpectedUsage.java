package net.mspbridge.host.sandbox.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.mspbridge.host.sandbox.ksc.KscDirectory;
import net.mspbridge.host.sandbox.ksc.KscDevice;
import net.mspbridge.host.sandbox.ksc.LicenseKey;

/**
 * Counts what billing should produce from the KSC data and the mapping, by the project's rules
 * (docs/architecture.md, "Billing rules for Security Center hosts"): a host counts for the
 * application (product ids in any case) of its active key when that key was added to the server, is
 * commercial and unexpired or an active subscription ({@link LicenseKey#billableAt}), and has not
 * expired on the host; a reserve key never counts. Its category is Windows workstation, Windows
 * server or non-Windows from its OS name and server flag; only billable customers count; mapped
 * services with no usage are expected at zero.
 */
public final class ExpectedUsage {

    private static final Map<String, String> APPLICATION_OF_PRODUCT = Map.of(
            "KES", "kes-windows", "KESL", "kes-linux", "KESMAC", "kes-mac",
            "WSEE", "ksws", "KSVLA", "ksv-la", "KESMOB", "kes-mobile");

    private ExpectedUsage() {
    }

    /** The expected units per (contract, service), sorted by contract then service. */
    public static List<ExpectedUnits> compute(KscDirectory directory, DemoMapping mapping, LocalDate billingDate) {
        Instant when = billingDate.atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, Integer> units = new TreeMap<>();
        for (CustomerLink customer : mapping.customers()) {
            if (!customer.billable() || customer.contractId() == null) {
                continue;
            }
            long vs = Long.parseLong(customer.kscCustomerId());
            for (var link : mapping.services()) {
                if (link.category() != null || !mapping.billByCategory()) {
                    units.putIfAbsent(key(customer.contractId(), link.serviceId()), 0);
                }
            }
            Map<String, LicenseKey> keys = new TreeMap<>();
            directory.keys(vs).forEach(k -> keys.put(k.serial(), k));
            int count = directory.hostCount(vs);
            for (int i = 0; i < count; i++) {
                KscDevice host = directory.host(vs, i);
                LicenseKey key = host.licenseSerial() == null ? null : keys.get(host.licenseSerial());
                if (key == null || !key.billableAt(when)
                        || host.expiresOnHost() != null && host.expiresOnHost().isBefore(when.plus(1, ChronoUnit.DAYS))) {
                    continue;
                }
                String application = APPLICATION_OF_PRODUCT.get(host.licensedProduct().toUpperCase(Locale.ROOT));
                Optional<ServiceLink> service = application == null ? Optional.empty()
                        : mapping.serviceFor(application, mapping.billByCategory() ? category(host) : null);
                service.ifPresent(s -> units.merge(key(customer.contractId(), s.serviceId()), 1, Integer::sum));
            }
        }
        List<ExpectedUnits> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, Integer>> it = units.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Integer> e = it.next();
            String[] parts = e.getKey().split(":");
            result.add(new ExpectedUnits(Long.parseLong(parts[0]), Long.parseLong(parts[1]), e.getValue()));
        }
        return result;
    }

    /** The device category key of a host. */
    public static String category(KscDevice host) {
        boolean windows = host.osName().toLowerCase(java.util.Locale.ROOT).contains("windows");
        if (!windows) {
            return "nonWindows";
        }
        return host.server() ? "windowsServers" : "windowsWorkstations";
    }

    private static String key(long contract, long service) {
        return String.format("%019d:%019d", contract, service);
    }
}
