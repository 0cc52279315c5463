package net.mspbridge.integration.billing;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.Ref;

/**
 * A service as its lines need it, looked up once per run.
 *
 * @param id    boxed once, for the look-ups of every pair
 * @param facts what Autotask has of it; null when it was not found
 */
record LineService(Long id, ServiceFacts facts, Ref ref) {

    /** The period its price is charged for, the contract's own price too; unknown when Autotask has no such service. */
    BillingPeriod period() {
        return facts == null ? BillingPeriod.UNKNOWN : facts.period();
    }
}
