package net.mspbridge.api;

import org.pf4j.ExtensionPoint;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.RunMonitor;

/**
 * What the host invokes for a billing run: bring the billing system in line with real usage for
 * the effective date, and report line by line what was (or, in preview, would be) done.
 *
 * <p>Threading: the host calls {@link #run} on a worker thread of its own and waits for it; the
 * call may take minutes. A plugin never runs two of its billing runs at once: a second call while
 * one is under way is refused with {@link RunRejectedException}, whoever started it. The plugin
 * calls the {@link RunMonitor} from the thread(s) of its choosing.
 *
 * <p>Outcome: problems with single lines or customers (a refused adjustment, a customer with no
 * contract, the API budget running out) are reported in the returned {@link BillingReport}, not
 * thrown. An exception means no report could be produced at all.
 */
public interface BillingHook extends ExtensionPoint {

    /**
     * Runs billing once.
     *
     * @param request what to run: run id, effective date, preview or apply
     * @param context the stored settings, secrets, clock, the plugin's store and the inventory
     * @param monitor where progress goes and where cancellation is asked for; the plugin checks
     *                {@link RunMonitor#isCancelled()} between remote calls and, once asked, stops
     *                starting new work and returns a report of what was done
     * @return the report of the run
     * @throws RunRejectedException when another run of this plugin is under way
     * @throws ConfigurationException when the settings do not allow any billing (no connection
     *                                configured, no mapping saved)
     * @throws ServiceUnavailableException when a remote service needed by every line cannot be
     *                                     reached (so no line could be computed)
     */
    BillingReport run(BillingRunRequest request, HostContext context, RunMonitor monitor);
}
