package net.mspbridge.integration.billing;

import java.util.ArrayList;
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
import net.mspbridge.integration.settings.ServiceMappings;

/**
 * Sends one customer's usage to services by the rules of the Services tab: an application
 * licensed per user counts users on its single service; otherwise devices go to the single
 * service with "Bill devices by category" off, to each category's service with it on. Usage no
 * service is mapped for becomes an {@code UNMAPPED_USAGE} problem with its count.
 */
final class UsageAttribution {

    static final String USERS = "Users";
    static final String ALL_DEVICES = "All devices";
    private static final DeviceCategory[] CATEGORIES = DeviceCategory.values();
    private static final int NONE = -1;

    private final ApplicationCatalog catalog;
    private final boolean byCategory;
    private final int slots;
    /** Where each application's usage goes, looked up once: a run attributes usage of thousands of customers. */
    private final List<Route> routes = new ArrayList<>();

    /**
     * @param slots the services the run plans, in order: usage is attributed to a service by its
     *              position here; every service the mapping sends usage to must be among them
     */
    UsageAttribution(ApplicationCatalog catalog, ServiceMappings services, List<Long> slots) {
        this.catalog = catalog;
        this.byCategory = services.byCategory();
        this.slots = slots.size();
        for (SecurityApplication application : catalog.all()) {
            int[] perCategory = new int[CATEGORIES.length];
            for (DeviceCategory category : CATEGORIES) {
                perCategory[category.ordinal()] = services.serviceFor(application, category).map(id -> {
                    int slot = slots.indexOf(id);
                    if (slot < 0) {
                        throw new IllegalArgumentException("service " + id + " is mapped but has no slot in " + slots);
                    }
                    return slot;
                }).orElse(NONE);
            }
            routes.add(new Route(application, perCategory));
        }
    }

    /**
     * The slots of the services one application's usage goes to, by category ordinal; {@link #NONE}
     * where none is mapped. Per-user applications and "Bill devices by category" off have the same
     * service for every category.
     */
    private record Route(SecurityApplication application, int[] slots) {
    }

    /**
     * The usage per service. Every (application, category) mapped to a service contributes, even
     * with no usage, so a line names every application behind its service.
     *
     * @param problems where unmapped usage is reported
     */
    ServiceUsage byService(CustomerUsage usage, List<Problem> problems) {
        ServiceUsage byService = new ServiceUsage(slots);
        KasperskyCustomer customer = usage.customer();
        for (Route route : routes) {
            SecurityApplication application = route.application();
            UsageCounts counts = usage.of(application.id());
            int single = route.slots()[DeviceCategory.WINDOWS_WORKSTATION.ordinal()];
            if (application.isPerUser()) {
                add(byService, problems, customer, application, USERS, counts.users(), single);
            } else if (!byCategory) {
                add(byService, problems, customer, application, ALL_DEVICES, counts.devices(), single);
            } else {
                for (DeviceCategory category : CATEGORIES) {
                    add(byService, problems, customer, application, category.label(), counts.devices(category),
                            route.slots()[category.ordinal()]);
                }
            }
        }
        for (String applicationId : usage.byApplication().keySet()) {
            int units = usage.of(applicationId).devices() + usage.of(applicationId).users();
            if (units > 0 && catalog.find(applicationId).isEmpty()) {
                problems.add(new Problem(ProblemKind.UNMAPPED_USAGE, customer.label() + " / " + applicationId,
                        units + " devices or users of application '" + applicationId + "' at " + customer.label()
                                + " are not billed: the plugin does not know this application. Update the plugin.", units));
            }
        }
        return byService;
    }

    /** "3 devices", "12 users" or "3 devices and 12 users": all the customer's usage, for a person. */
    String describeTotal(CustomerUsage usage) {
        int devices = 0;
        int users = 0;
        for (Map.Entry<String, UsageCounts> entry : usage.byApplication().entrySet()) {
            Optional<SecurityApplication> application = catalog.find(entry.getKey());
            if (application.isPresent() && application.get().isPerUser()) {
                users += entry.getValue().users();
            } else if (application.isPresent()) {
                devices += entry.getValue().devices();
            } else {
                devices += entry.getValue().devices();
                users += entry.getValue().users();
            }
        }
        String deviceText = devices == 1 ? "1 device" : devices + " devices";
        String userText = users == 1 ? "1 user" : users + " users";
        return users == 0 ? deviceText : devices == 0 ? userText : deviceText + " and " + userText;
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

    /** @param slot the slot of the service the usage goes to; {@link #NONE} when no service is mapped for it */
    private void add(ServiceUsage byService, List<Problem> problems, KasperskyCustomer customer,
                     SecurityApplication application, String category, int units, int slot) {
        if (slot != NONE) {
            byService.add(slot, new Contribution(customer, application, category, units));
        } else if (units > 0) {
            String what = application.isPerUser() ? units + " users" : units + " devices (" + category + ")";
            String where = application.isPerUser() || !byCategory
                    ? "the Autotask service column" : "the " + category + " column";
            problems.add(new Problem(ProblemKind.UNMAPPED_USAGE,
                    customer.label() + " / " + application.name() + " / " + category,
                    what + " of " + application.name() + " at " + customer.label() + " are not billed: no "
                            + "Autotask service is mapped for them. Choose one in " + where + " of the Services panel.", units));
        }
    }
}
