package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.HostsNotBilled;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.settings.CompanyMappings;

/**
 * Which devices of a billed customer were seen but not counted, and why (a trial key, a reserve key
 * only, a paused subscription, no licence key at all, ...), per customer and reason, for the
 * report's "not counted" view. They follow the billing rules, so they are evidence for an audit, not
 * problems a person must act on: a run with only these completes without problems. Usage the read
 * counted but no report line takes (a category with no service mapped, ...) is here too, with the
 * reason the evidence gives it. The counts are those of the usage read, whose every decision also
 * went to the evidence, so this view and the evidence's count the same devices per customer (seats
 * of per-user applications count as their users, as the evidence's units).
 *
 * <p>A customer mapped with billing off is not part of the usage read. Where the source lists its
 * devices ({@link BillingOffDevices}: Business Hub, from the host's inventory), they are counted here
 * with the reason {@link #BILLING_OFF}, as the evidence lists them, and a customer with none is not
 * listed; where it does not (Security Center spends no calls on it), its devices are unknown: it is
 * said once, {@link NotCounted#notRead}, never with a count. A customer that is not mapped is read,
 * and its usage is a problem of the report, so it is not listed here.
 */
final class NotCountedDevices {

    /** Why a customer mapped with billing off has no devices counted. */
    static final String BILLING_OFF = "customer billing off (Companies panel)";

    private NotCountedDevices() {
    }

    /**
     * @param usage      the usage read, of every customer read
     * @param unassigned the usage counted by the read that no line takes ({@link EvidenceAssignments#unassigned})
     * @param companies  the Companies rows of the run
     * @param billingOff the customers the source knows that are mapped with billing off, as listed
     */
    static List<NotCounted> of(Collection<CustomerUsage> usage, List<EvidenceAssignments.Unassigned> unassigned,
            CompanyMappings companies, Collection<BillingOffDevices.Listed> billingOff) {
        return of(usage, unassigned, companies, billingOff, List.of());
    }

    /**
     * As above, and last the customers outside the virtual server scope that a Companies row maps, each
     * named once as not read, {@link ReadScope#OUTSIDE}: not read by choice, so never with a count.
     *
     * @param outsideScope the customers the source knows outside the scope ({@link ReadScope})
     */
    static List<NotCounted> of(Collection<CustomerUsage> usage, List<EvidenceAssignments.Unassigned> unassigned,
            CompanyMappings companies, Collection<BillingOffDevices.Listed> billingOff,
            Collection<KasperskyCustomer> outsideScope) {
        // Per customer, why, the devices (seats for per-user applications), in the order first met.
        Map<String, Map<String, Integer>> onNoLine = new HashMap<>();
        unassigned.forEach(u -> onNoLine.computeIfAbsent(u.customerId(), id -> new LinkedHashMap<>())
                .merge(u.reason(), u.units(), Integer::sum));
        List<NotCounted> notCounted = new ArrayList<>();
        usage.stream()
                .filter(u -> companies.of(u.customer().id()).map(m -> m.billingEnabled()).orElse(false))
                .sorted(Comparator.comparing(u -> u.customer().id()))
                .forEach(u -> {
                    add(u, notCounted);
                    Ref customer = new Ref(u.customer().id(), u.customer().label());
                    onNoLine.getOrDefault(u.customer().id(), Map.of())
                            .forEach((why, count) -> notCounted.add(new NotCounted(customer, why, count)));
                });
        billingOff.stream()
                .sorted(Comparator.comparing(listed -> listed.customer().id()))
                .forEach(listed -> {
                    KasperskyCustomer c = listed.customer();
                    Ref customer = new Ref(c.id(), c.label());
                    if (listed.units().isEmpty()) {
                        notCounted.add(NotCounted.notRead(customer, BILLING_OFF));
                    } else if (listed.units().getAsInt() > 0) {
                        notCounted.add(new NotCounted(customer, BILLING_OFF, listed.units().getAsInt()));
                    }
                });
        outsideScope.stream()
                .filter(c -> companies.of(c.id()).isPresent())
                .sorted(Comparator.comparing(KasperskyCustomer::id))
                .forEach(c -> notCounted.add(NotCounted.notRead(new Ref(c.id(), c.label()), ReadScope.OUTSIDE)));
        return notCounted;
    }

    private static void add(CustomerUsage usage, List<NotCounted> notCounted) {
        HostsNotBilled left = usage.notBilled();
        Ref customer = new Ref(usage.customer().id(), usage.customer().label());
        for (NotBilledReason reason : NotBilledReason.values()) {
            int count = left.count(reason);
            if (count == 0) {
                continue;
            }
            String why = reason.description();
            if (reason == NotBilledReason.UNKNOWN_PRODUCT) {
                why += " (product id " + String.join(", ", left.unknownProducts()) + "; update the plugin)";
            }
            notCounted.add(new NotCounted(customer, why, count));
        }
    }
}
