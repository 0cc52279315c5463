package net.mspbridge.integration.plugin;

import jakarta.inject.Inject;
import org.pf4j.Extension;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.integration.billing.BillingRuns;

/** The plugin's billing runs, as the host invokes them. */
@Extension
public final class KasperskyAutotaskBilling implements BillingHook {

    private final BillingRuns runs;

    /** Used by PF4J. */
    public KasperskyAutotaskBilling() {
        this(PluginInjector.get().getInstance(BillingRuns.class));
    }

    @Inject
    KasperskyAutotaskBilling(BillingRuns runs) {
        this.runs = runs;
    }

    @Override
    public BillingReport run(BillingRunRequest request, HostContext context, RunMonitor monitor) {
        // A secret is only sent where it was saved to, even in a host that does not keep that rule.
        return runs.run(request, context, monitor);
    }
}
