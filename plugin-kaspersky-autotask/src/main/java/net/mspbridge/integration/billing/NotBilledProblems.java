package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.HostsNotBilled;
import net.mspbridge.integration.kaspersky.NotBilledReason;
import net.mspbridge.integration.settings.CompanyMappings;

/**
 * Tells a person which devices of a billed customer were seen but not counted, and why (a trial
 * key, a reserve key only, a paused subscription, ...): one problem per customer, its units the
 * devices left out. A customer that is not mapped, or mapped with billing off, is not billed at
 * all, so its devices left out are not worth a line.
 */
final class NotBilledProblems {

    private NotBilledProblems() {
    }

    static List<Problem> of(Collection<CustomerUsage> usage, CompanyMappings companies) {
        List<Problem> problems = new ArrayList<>();
        usage.stream()
                .filter(u -> !u.notBilled().isEmpty())
                .filter(u -> companies.of(u.customer().id()).map(m -> m.billingEnabled()).orElse(false))
                .sorted(Comparator.comparing(u -> u.customer().id()))
                .forEach(u -> problems.add(problem(u)));
        return problems;
    }

    private static Problem problem(CustomerUsage usage) {
        HostsNotBilled left = usage.notBilled();
        String customer = usage.customer().label();
        List<String> parts = new ArrayList<>();
        for (NotBilledReason reason : NotBilledReason.values()) {
            int count = left.count(reason);
            if (count == 0) {
                continue;
            }
            String part = count + " " + reason.description();
            if (reason == NotBilledReason.UNKNOWN_PRODUCT) {
                part += " (product id " + String.join(", ", left.unknownProducts()) + "; update the plugin)";
            }
            parts.add(part);
        }
        int total = left.total();
        return new Problem(ProblemKind.OTHER, customer + " / devices not billed",
                "At " + customer + ", " + total + (total == 1 ? " device was" : " devices were")
                        + " seen but not billed: " + String.join("; ", parts)
                        + ". A device with several applications counts once per application. This follows the"
                        + " billing rules for Security Center hosts; act only if one of them should be billed.",
                total);
    }
}
