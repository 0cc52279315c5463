package net.mspbridge.host.sandbox.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.mspbridge.host.sandbox.autotask.AtService;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.autotask.PicklistValues;

/**
 * A long service list, as a real Autotask instance has (hundreds of services): the demo data plus
 * generated services with believable, similar names, prices and periods, so the settings page can
 * be tried and tested with one to find among many. Deterministic: the same count gives the same
 * services.
 */
public final class ManyServices {

    /** Ids of generated services start here, far above the demo data's. */
    public static final long FIRST_ID = 29_700_001L;

    private static final String[] KINDS = {"Managed Backup", "Microsoft 365 Backup", "Remote Monitoring",
        "Patch Management", "Helpdesk Seat", "Firewall Management", "Email Filtering", "DNS Filtering",
        "Vulnerability Scan", "Security Awareness Training", "Endpoint Encryption", "Network Monitoring"};
    private static final String[] TIERS = {"Basic", "Standard", "Plus", "Premium", "Enterprise"};
    private static final int[] PERIODS = {PicklistValues.PERIOD_MONTHLY, PicklistValues.PERIOD_MONTHLY, PicklistValues.PERIOD_QUARTERLY,
        PicklistValues.PERIOD_YEARLY};

    private ManyServices() {
    }

    /** The name of the n-th generated service (1-based), as {@link #add} gives it. */
    public static String name(int n) {
        String kind = KINDS[(n - 1) % KINDS.length];
        String tier = TIERS[((n - 1) / KINDS.length) % TIERS.length];
        return String.format("%s %s - site licence %03d for workstations, servers and mobile devices", kind, tier, n);
    }

    /**
     * The data with {@code count} generated services added (active ones; every 25th inactive).
     *
     * @throws IllegalArgumentException when count is negative
     */
    public static AutotaskData add(AutotaskData data, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, not " + count);
        }
        List<AtService> services = new ArrayList<>(data.services());
        for (int n = 1; n <= count; n++) {
            BigDecimal price = BigDecimal.valueOf(150 + (n * 37L) % 4850, 2);
            services.add(new AtService(FIRST_ID + n - 1, name(n), "Generated service " + n + " of " + count,
                    name(n), n % 25 != 0, PERIODS[n % PERIODS.length], price, price.divide(BigDecimal.valueOf(2)),
                    null, "GEN-" + n));
        }
        return new AutotaskData(data.companies(), services, data.contracts(), data.contractServices(),
                data.unitChanges(), data.adjustments(), data.nextContractServiceId(), data.nextAdjustmentId(),
                data.currencies());
    }
}
