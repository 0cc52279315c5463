package net.mspbridge.integration.plugin;

import jakarta.inject.Inject;
import org.pf4j.Extension;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;

/** The plugin's billing runs, as the host invokes them. */
@Extension
public final class KasperskyAutotaskBilling implements BillingHook {

    private final ApplicationCatalog catalog;

    /** Used by PF4J. */
    public KasperskyAutotaskBilling() {
        this(PluginInjector.get().getInstance(ApplicationCatalog.class));
    }

    @Inject
    KasperskyAutotaskBilling(ApplicationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public BillingReport run(BillingRunRequest request, HostContext context, RunMonitor monitor) {
        return BillingReport.empty(request, "Nothing to bill yet: " + catalog.all().size()
                + " Kaspersky applications are known, but billing is not built.");
    }
}
