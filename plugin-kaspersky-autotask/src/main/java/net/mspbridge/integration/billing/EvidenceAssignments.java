package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.mspbridge.api.host.EvidenceAssignment;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.kaspersky.UsageEvidence;
import net.mspbridge.integration.settings.CompanyMappings;
import net.mspbridge.integration.settings.ServiceMappings;

/**
 * Tells the host's evidence sink where the counted devices of each (customer, application,
 * category) went: to the plan line whose contributions hold them, or to none with why. Works from
 * the plan and the usage counts (a few entries per customer), never from the devices, which went to
 * the host as they were read. "All devices" (categories not billed apart) stands for every
 * category, so each device category is assigned.
 */
final class EvidenceAssignments {

    private EvidenceAssignments() {
    }

    static void send(EvidenceSink sink, List<PlannedLine> lines, Collection<CustomerUsage> usage,
            ApplicationCatalog applications, ServiceMappings services, CompanyMappings companies) {
        if (!sink.isPresent()) {
            return;
        }
        Set<String> assigned = new HashSet<>();
        for (PlannedLine line : lines) {
            for (Contribution c : line.contributions()) {
                if (c.units() <= 0) {
                    continue;
                }
                for (String category : categories(c.category())) {
                    String application = c.application().name();
                    if (assigned.add(key(c.customer().id(), application, category))) {
                        sink.assign(EvidenceAssignment.toLine(c.customer().id(), application, category,
                                line.contract().id(), line.service().id()));
                    }
                }
            }
        }
        for (Unassigned u : unassigned(assigned, usage, applications, services, companies)) {
            sink.assign(EvidenceAssignment.notCounted(u.customerId(), u.application(), u.category(), u.reason()));
        }
    }

    /**
     * The usage counted by the read that no line takes, per (customer, application, category), with
     * why: what {@link #send} assigns to no line, for the report's "not counted" view to count too.
     */
    static List<Unassigned> unassigned(List<PlannedLine> lines, Collection<CustomerUsage> usage,
            ApplicationCatalog applications, ServiceMappings services, CompanyMappings companies) {
        Set<String> assigned = new HashSet<>();
        for (PlannedLine line : lines) {
            for (Contribution c : line.contributions()) {
                if (c.units() > 0) {
                    categories(c.category()).forEach(category ->
                            assigned.add(key(c.customer().id(), c.application().name(), category)));
                }
            }
        }
        return unassigned(assigned, usage, applications, services, companies);
    }

    private static List<Unassigned> unassigned(Set<String> assigned, Collection<CustomerUsage> usage,
            ApplicationCatalog applications, ServiceMappings services, CompanyMappings companies) {
        List<Unassigned> unassigned = new ArrayList<>();
        for (CustomerUsage customer : usage) {
            String customerId = customer.customer().id();
            for (Map.Entry<String, UsageCounts> entry : customer.byApplication().entrySet()) {
                Optional<SecurityApplication> application = applications.find(entry.getKey());
                String name = application.map(SecurityApplication::name).orElse(entry.getKey());
                UsageCounts counts = entry.getValue();
                if (counts.users() > 0 && !assigned.contains(key(customerId, name, UsageEvidence.USERS))) {
                    unassigned.add(new Unassigned(customerId, name, UsageEvidence.USERS,
                            why(customerId, application, null, services, companies), counts.users()));
                }
                for (DeviceCategory category : DeviceCategory.values()) {
                    if (counts.devices(category) > 0 && !assigned.contains(key(customerId, name, category.label()))) {
                        unassigned.add(new Unassigned(customerId, name, category.label(),
                                why(customerId, application, category, services, companies), counts.devices(category)));
                    }
                }
            }
        }
        return unassigned;
    }

    /**
     * Usage counted by the read that is on no report line.
     *
     * @param units the devices, or for {@link UsageEvidence#USERS} the seats
     */
    record Unassigned(String customerId, String application, String category, String reason, int units) {
    }

    /** Why usage that was counted is on no line, in the words of the settings a person would change. */
    private static String why(String customerId, Optional<SecurityApplication> application, DeviceCategory category,
            ServiceMappings services, CompanyMappings companies) {
        if (companies.of(customerId).isEmpty()) {
            return "its customer is mapped to no Autotask company (Companies panel)";
        }
        if (!companies.of(customerId).get().billingEnabled()) {
            return "billing is off for its customer (Companies panel)";
        }
        if (application.isEmpty()) {
            return "the application is not one of the chosen solution's";
        }
        if (services.serviceFor(application.get(), category == null ? DeviceCategory.WINDOWS_WORKSTATION : category)
                .isEmpty()) {
            return "no Autotask service is mapped for " + (category == null ? "its users" : category.label())
                    + " (Services panel)";
        }
        return "not billed in this run: see the report's problems";
    }

    private static List<String> categories(String contributionCategory) {
        if (contributionCategory.equals(UsageAttribution.ALL_DEVICES)) {
            return Arrays.stream(DeviceCategory.values()).map(DeviceCategory::label).toList();
        }
        return List.of(contributionCategory);
    }

    private static String key(String customerId, String application, String category) {
        return customerId + '\u0000' + application + '\u0000' + category;
    }
}
