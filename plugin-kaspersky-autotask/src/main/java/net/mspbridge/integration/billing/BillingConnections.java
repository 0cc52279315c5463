package net.mspbridge.integration.billing;

import net.mspbridge.api.HostContext;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * Where a billing run gets its two remote sides from, built from the settings and secrets of the
 * call. The plugin's wiring implements it with the Kaspersky usage sources and the Autotask
 * client; tests with fakes.
 *
 * <p>Threading: called once per run, from the run's thread. What it returns is used only for that
 * run and is not closed by the run (implementations share connection pools across runs).
 */
public interface BillingConnections {

    /**
     * The usage source the settings choose (Security Center or the host inventory).
     *
     * @throws net.mspbridge.api.ConfigurationException when the settings do not name a usable source
     */
    UsageSource usageSource(HostContext context);

    /**
     * The Autotask port for this run.
     *
     * @param budgetSharePercent the share of the shared hourly Autotask API budget the run may use
     *                           up to, from {@code billing.apiBudgetShare} (1 to 100); once the
     *                           database's hourly count reaches that share the port throws
     *                           {@link BudgetLimitException}
     * @throws net.mspbridge.api.ConfigurationException when the Autotask connection is not configured
     */
    AutotaskPort autotask(HostContext context, int budgetSharePercent);
}
