package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.HostsNotBilled;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.settings.CompanyMappings;

/**
 * Which devices of a billed customer were seen but not counted, and why (a trial key, a reserve key
 * only, a paused subscription, ...), per customer and reason, for the report's "not counted" view.
 * They follow the billing rules, so they are evidence for an audit, not problems a person must act
 * on: a run with only these completes without problems. A customer that is not mapped, or mapped
 * with billing off, is not billed at all, so its devices left out are not listed here.
 */
final class NotCountedDevices {

    private NotCountedDevices() {
    }

    static List<NotCounted> of(Collection<CustomerUsage> usage, CompanyMappings companies) {
        List<NotCounted> notCounted = new ArrayList<>();
        usage.stream()
                .filter(u -> !u.notBilled().isEmpty())
                .filter(u -> companies.of(u.customer().id()).map(m -> m.billingEnabled()).orElse(false))
                .sorted(Comparator.comparing(u -> u.customer().id()))
                .forEach(u -> add(u, notCounted));
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
