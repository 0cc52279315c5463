package net.mspbridge.integration.billing;

import java.time.Duration;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;

/**
 * Billing runs: read usage, read Autotask's units in force, reconcile, and in apply mode create
 * one contract service adjustment per changed (contract, service). What
 * {@link net.mspbridge.api.BillingHook#run} delegates to.
 *
 * <p><b>Idempotent.</b> Every change is computed from Autotask's own units in force on the
 * effective date, never from memory, so a second run on the same data creates nothing and a run
 * cut off half-way is finished by the next one. A create whose answer was lost is never sent
 * again; the pair's units are read again to settle it.
 *
 * <p><b>Never two at once.</b> A run holds a lease in the plugin's store (key
 * {@code billing.run.lease}, taken with compare-and-set) and an in-process guard; a second run,
 * from this process or another one sharing the store, is refused with
 * {@link net.mspbridge.api.RunRejectedException}. The lease lasts {@link #LEASE_TIME}; while the
 * run lives a heartbeat thread renews it every quarter of that, and the run renews it between remote
 * calls once half of it has passed (and stops writing if it was lost). So a run whose process died
 * without releasing it blocks the next one for at most {@link #LEASE_TIME} (by the host's clock),
 * however long a live run takes. A preview takes the lease too, but writes nothing else.
 *
 * <p><b>Remote calls.</b> Usage: two calls ({@code customers}, then {@code usage} of the customers
 * with billing on). Autotask, through {@link AutotaskPort}: per batch of up to
 * {@link AutotaskPort#MAX_IDS} contracts one call each for contracts, their services and their
 * unit rows; per batch of 500 one call for services and one for companies (names and currency ids);
 * one call for those companies' currencies; one create per
 * changed pair, up to three at a time on a pool owned by the run; and, only when answers were
 * lost, one batched re-read of those contracts' units. So a run's Autotask requests are at most
 * (creates) + (pages of those batched reads), never one read per contract.
 *
 * <p><b>What it records.</b> The pairs billed (under keys {@code billing.billed.<contractId>}):
 * a pair once a create on it is known to be in force, or once it is seen with units under a
 * current mapping. A recorded pair that no mapping targets any more is reported as stale and,
 * when {@code billing.zeroStaleUnits} is on, brought to zero.
 *
 * <p>Threading: thread-safe; meant to be a single instance per plugin load, whose in-process
 * guard then refuses a second concurrent call at once (the store lease catches the rest).
 */
public interface BillingRuns {

    /**
     * How long a run's lease lasts without renewal: the longest a run whose process died blocks the
     * next. A minute: four heartbeats, so a store slow for a moment does not lose a live run its lease.
     */
    Duration LEASE_TIME = Duration.ofMinutes(1);

    /**
     * Runs billing once. Problems with single customers, contracts or lines are reported in the
     * result, never thrown.
     *
     * @return the report: one line per (company, contract, service) handled, problems, status
     * @throws net.mspbridge.api.RunRejectedException when another run is under way; nothing was done
     * @throws net.mspbridge.api.ConfigurationException when the settings allow no billing (no
     *         customer mapped to a company) or hold a bad value; nothing was done
     * @throws net.mspbridge.api.ServiceUnavailableException when Kaspersky or Autotask cannot be
     *         used at all before any change was made
     * @throws net.mspbridge.api.StoreException when the plugin's store cannot be read; nothing was done
     */
    BillingReport run(BillingRunRequest request, HostContext context, RunMonitor monitor);

    /** Billing runs over the given catalog and connections. */
    static BillingRuns create(ApplicationCatalog catalog, BillingConnections connections) {
        return new DefaultBillingRuns(catalog, connections, LEASE_TIME, DefaultBillingRuns.HEARTBEAT, DefaultBillingRuns.CREATE_WAIT);
    }
}
