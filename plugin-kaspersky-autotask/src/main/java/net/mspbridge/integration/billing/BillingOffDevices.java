package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * The devices of the customers mapped with billing off, for the report's "not counted" view and the
 * evidence only: listed one by one by a source whose devices are free to read (Business Hub, from the
 * host's inventory), else not read at all (Security Center spends no call on a customer not billed).
 * This runs after the plan, apart from the usage read: nothing listed here is usage, so it is never
 * planned, billed, saved as {@code LastUsage} or in {@link CustomersWithUsage}, and a contract such a
 * customer shares with a billed one is planned exactly as if this did not run. (The record keeps such a
 * customer only as the named cause of its old contract's held drop, {@link DropCauses}, from the last
 * apply's record, never from what is listed here.)
 *
 * <p>A customer that cannot be listed changes nothing of the run either: it falls back to "devices not
 * read", with a warning in the log, and the source has discarded the evidence it wrote for it.
 */
final class BillingOffDevices {

    private static final Logger log = LoggerFactory.getLogger(BillingOffDevices.class);

    private BillingOffDevices() {
    }

    /**
     * Lists each customer's devices to the evidence, on the caller's thread, in customer id order.
     *
     * @param runId for the log
     */
    static List<Listed> list(UsageSource source, Collection<KasperskyCustomer> billingOff, String runId) {
        List<Listed> listed = new ArrayList<>();
        billingOff.stream().sorted(Comparator.comparing(KasperskyCustomer::id)).forEach(customer -> {
            OptionalInt units;
            try {
                units = source.listNotBilled(customer, NotCountedDevices.BILLING_OFF);
            } catch (RuntimeException e) {
                log.warn("Billing run {}: the devices of {} (billing off) could not be listed, so the report says they"
                        + " were not read; billing is not affected: {}", runId, customer.label(), e.toString());
                units = OptionalInt.empty();
            }
            listed.add(new Listed(customer, units));
        });
        return listed;
    }

    /**
     * One customer mapped with billing off, as listed.
     *
     * @param units the units of its devices listed as not counted (0: none with a catalog application);
     *              empty when its devices were not read
     */
    record Listed(KasperskyCustomer customer, OptionalInt units) {

        Listed {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(units, "units");
        }

        /** A customer whose devices were not read. */
        static Listed notRead(KasperskyCustomer customer) {
            return new Listed(customer, OptionalInt.empty());
        }
    }
}
