package net.mspbridge.integration.plugin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import net.mspbridge.api.HostContext;
import net.mspbridge.integration.billing.AutotaskPort;
import net.mspbridge.integration.billing.BillingConnections;
import net.mspbridge.integration.kaspersky.UsageSource;
import net.mspbridge.integration.plugin.UsageSources;

/**
 * A billing run's connections: the usage source the settings choose, and an Autotask port over a
 * client of the run's own (closed with the port when the run ends), so every run starts from a
 * fresh reading of the shared API budget.
 */
@Singleton
final class ClientBillingConnections implements BillingConnections {

    private final AutotaskConnections autotask;
    private final UsageSources usageSources;

    @Inject
    ClientBillingConnections(AutotaskConnections autotask, UsageSources usageSources) {
        this.autotask = autotask;
        this.usageSources = usageSources;
    }

    @Override
    public UsageSource usageSource(HostContext context) {
        return usageSources.open(context);
    }

    @Override
    public AutotaskPort autotask(HostContext context, int budgetSharePercent) {
        return new ClientAutotaskPort(autotask.openForRun(context, budgetSharePercent), context.clock());
    }
}
