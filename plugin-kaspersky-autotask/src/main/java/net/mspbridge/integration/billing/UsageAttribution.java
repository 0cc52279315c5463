package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.mapping.ServiceMappings;

/**
 * Sends one customer's usage to services by the rules of the Services tab: an application
 * licensed per user counts users on its single service; otherwise devices go to the single
 * service with "Bill devices by category" off, to each category's service with it on. Usage no
 * service is mapped for becomes an {@code UNMAPPED_USAGE} problem with its count.
 */
final class UsageAttribution {

    static final String USERS = "Users";
    static final String ALL_DEVICES = "All devices";

    private final ApplicationCatalog catalog;
    private final ServiceMappings services;

    UsageAttribution(ApplicationCatalog catalog, ServiceMappings services) {
        this.catalog = catalog;
        this.services = services;
    }

    /**
     * The usage per service. Every (application, category) mapped to a service contributes, even
     * with no usage, so a line names every application behind its service.
     *
     * @param problems where unmapped usage is reported
     */
    Map<Long, List<Contribution>> byService(CustomerUsage usage, List<Problem> problems) {
        Map<Long, List<Contribution>> byService = new HashMap<>();
        KasperskyCustomer customer = usage.customer();
        for (SecurityApplication application : catalog.all()) {
            UsageCounts counts = usage.of(application.id());
            if (application.isPerUser()) {
                add(byService, problems, customer, application, USERS, counts.users(),
                        services.serviceFor(application, DeviceCategory.WINDOWS_WORKSTATION));
            } else if (!services.byCategory()) {
                add(byService, problems, customer, application, ALL_DEVICES, counts.devices(),
                        services.serviceFor(application, DeviceCategory.WINDOWS_WORKSTATION));
            } else {
                for (DeviceCategory category : DeviceCategory.values()) {
                    add(byService, problems, customer, application, category.label(), counts.devices(category),
                            services.serviceFor(application, category));
                }
            }
        }
        usage.byApplication().forEach((applicationId, counts) -> {
            int units = counts.devices() + counts.users();
            if (catalog.find(applicationId).isEmpty() && units > 0) {
                problems.add(new Problem(ProblemKind.UNMAPPED_USAGE, Reconciler.label(customer) + " / " + applicationId,
                        units + " devices or users of application '" + applicationId + "' at " + Reconciler.label(customer)
                                + " are not billed: the plugin does not know this application. Update the plugin.", units));
            }
        });
        return byService;
    }

    /** All the customer's usage: users of per-user applications, devices of the others. */
    int total(CustomerUsage usage) {
        int total = 0;
        for (Map.Entry<String, UsageCounts> entry : usage.byApplication().entrySet()) {
            Optional<SecurityApplication> application = catalog.find(entry.getKey());
            UsageCounts counts = entry.getValue();
            total += application.map(a -> a.isPerUser() ? counts.users() : counts.devices())
                    .orElse(counts.devices() + counts.users());
        }
        return total;
    }

    private void add(Map<Long, List<Contribution>> byService, List<Problem> problems, KasperskyCustomer customer,
                     SecurityApplication application, String category, int units, Optional<Long> service) {
        if (service.isPresent()) {
            byService.computeIfAbsent(service.get(), s -> new ArrayList<>())
                    .add(new Contribution(customer, application, category, units));
        } else if (units > 0) {
            String what = application.isPerUser() ? units + " users" : units + " devices (" + category + ")";
            String where = application.isPerUser() || !services.byCategory()
                    ? "the Autotask service column" : "the " + category + " column";
            problems.add(new Problem(ProblemKind.UNMAPPED_USAGE,
                    Reconciler.label(customer) + " / " + application.name() + " / " + category,
                    what + " of " + application.name() + " at " + Reconciler.label(customer) + " are not billed: no "
                            + "Autotask service is mapped for them. Choose one in " + where + " of the Services panel.", units));
        }
    }
}
