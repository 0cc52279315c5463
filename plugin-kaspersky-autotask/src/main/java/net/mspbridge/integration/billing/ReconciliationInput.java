package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.settings.CompanyMappings;
import net.mspbridge.integration.settings.ServiceMappings;

/**
 * Everything the reconciliation decides from: plain values, already read.
 *
 * @param effectiveDate  the date the changes apply from
 * @param catalog        the applications known
 * @param services       the Services mapping
 * @param companies      the Companies mapping
 * @param usage          the usage of the customers whose billing is on, and of those no Companies
 *                       row maps, by customer id; a customer with billing on that is absent here
 *                       was not known to the usage source, or could not be read, and is left alone
 * @param unreadable     why the usage of some customers could not be read, by customer id
 * @param autotask       what was read from Autotask
 * @param billedBefore   the pairs the plugin recorded as billed in earlier runs
 * @param zeroStaleUnits whether recorded pairs no mapping targets any more are brought to zero
 * @param drops          how sudden decreases are held, and which a person confirmed
 * @param names          the display name of every customer the usage source listed, by id, also of those
 *                       whose usage is not read (billing off, outside the scope): how problems name a
 *                       customer the plan has no usage of; a customer missing here is named by its id
 * @param scope          the customers the source knows but does not read by choice (outside the virtual
 *                       server scope): absent from {@code usage}, yet not unknown
 */
record ReconciliationInput(
        LocalDate effectiveDate,
        ApplicationCatalog catalog,
        ServiceMappings services,
        CompanyMappings companies,
        Map<String, CustomerUsage> usage,
        Map<String, String> unreadable,
        AutotaskSnapshot autotask,
        Set<PairKey> billedBefore,
        boolean zeroStaleUnits,
        DropGuard drops,
        Map<String, String> names,
        ReadScope scope) {

    ReconciliationInput {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(companies, "companies");
        usage = Map.copyOf(usage);
        unreadable = Map.copyOf(unreadable);
        Objects.requireNonNull(autotask, "autotask");
        billedBefore = Set.copyOf(billedBefore);
        Objects.requireNonNull(drops, "drops");
        names = Map.copyOf(names);
        Objects.requireNonNull(scope, "scope");
    }

    /** Every customer the source knows is read. */
    ReconciliationInput(LocalDate effectiveDate, ApplicationCatalog catalog, ServiceMappings services,
                        CompanyMappings companies, Map<String, CustomerUsage> usage, Map<String, String> unreadable,
                        AutotaskSnapshot autotask, Set<PairKey> billedBefore, boolean zeroStaleUnits, DropGuard drops,
                        Map<String, String> names) {
        this(effectiveDate, catalog, services, companies, usage, unreadable, autotask, billedBefore, zeroStaleUnits,
                drops, names, ReadScope.ALL);
    }

    /** An input whose customers are named only from their usage (tests about something else). */
    ReconciliationInput(LocalDate effectiveDate, ApplicationCatalog catalog, ServiceMappings services,
                        CompanyMappings companies, Map<String, CustomerUsage> usage, Map<String, String> unreadable,
                        AutotaskSnapshot autotask, Set<PairKey> billedBefore, boolean zeroStaleUnits, DropGuard drops) {
        this(effectiveDate, catalog, services, companies, usage, unreadable, autotask, billedBefore, zeroStaleUnits,
                drops, Map.of());
    }

    /**
     * How reports name a customer: its name from its usage, else from the source's list, else its id.
     * A name that is the id itself is said once.
     */
    String label(String customerId) {
        CustomerUsage read = usage.get(customerId);
        String name = read != null ? read.customer().label() : names.getOrDefault(customerId, "");
        return name.isBlank() || name.equals(customerId) ? customerId : name;
    }

    /** As {@link #label}, with the id in brackets after a name ("AdventureWorks (15)"): for a row to find. */
    String labelWithId(String customerId) {
        String label = label(customerId);
        return label.equals(customerId) ? customerId : label + " (" + customerId + ")";
    }

    /** An input that holds no decrease ({@link DropGuard#OFF}). */
    ReconciliationInput(LocalDate effectiveDate, ApplicationCatalog catalog, ServiceMappings services,
                        CompanyMappings companies, Map<String, CustomerUsage> usage, Map<String, String> unreadable,
                        AutotaskSnapshot autotask, Set<PairKey> billedBefore, boolean zeroStaleUnits) {
        this(effectiveDate, catalog, services, companies, usage, unreadable, autotask, billedBefore, zeroStaleUnits,
                DropGuard.OFF, Map.of());
    }
}
