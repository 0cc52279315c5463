package net.mspbridge.integration.billing;

import java.util.Optional;

/**
 * When a decrease is sudden and must be held until a person confirms it (issue 15). An adjustment
 * cannot be undone except by the opposite one, and a credit shows on the customer's invoice: a
 * virtual server that reports no hosts for one run (agents not yet reconnected after a restore, a
 * key replaced, a server renamed or disabled) would otherwise credit every unit away and bill them
 * all again the run after.
 *
 * <p>Pure: judged from the numbers of one (contract, service) pair, the contract service's total
 * over every customer billed on the contract, since the contract service is what an adjustment
 * changes. A decrease is sudden when, in one run, the pair
 * <ul>
 *   <li>would lose more than {@code sharePercent} of its units (strictly more: with 50, 10 to 5 is
 *       not held, 10 to 4 is), or</li>
 *   <li>would fall to zero from {@code zeroFrom} units or more, or</li>
 *   <li>belongs to a contract one of whose customers had billable usage at the last apply and now
 *       reports none at all (the caller says so).</li>
 * </ul>
 * Increases and unchanged units are never held; with the rule off nothing is.
 *
 * @param enabled      whether decreases are judged at all
 * @param sharePercent the share of a pair's units it may lose in one run without being held, 1..99
 * @param zeroFrom     the units from which a fall to zero is held, at least 1
 */
record DropRule(boolean enabled, int sharePercent, int zeroFrom) {

    static final int DEFAULT_SHARE_PERCENT = 50;
    static final int DEFAULT_ZERO_FROM = 5;
    static final DropRule DEFAULTS = new DropRule(true, DEFAULT_SHARE_PERCENT, DEFAULT_ZERO_FROM);
    static final DropRule OFF = new DropRule(false, DEFAULT_SHARE_PERCENT, DEFAULT_ZERO_FROM);

    DropRule {
        if (sharePercent < 1 || sharePercent > 99) {
            throw new IllegalArgumentException("the drop share must be 1..99 percent: " + sharePercent);
        }
        if (zeroFrom < 1) {
            throw new IllegalArgumentException("the units from which a fall to zero is held must be at least 1: " + zeroFrom);
        }
    }

    /**
     * Judges one pair's change.
     *
     * @param unitsInForce   the contract service's units in force on the effective date
     * @param unitsWanted    the units the usage of every customer on the contract calls for
     * @param customerSilent whether a customer billed on the contract had billable usage at the last
     *                       apply and now reports none at all
     * @return why the decrease is sudden; empty when it may go ahead (or is no decrease)
     */
    Optional<DropReason> judge(int unitsInForce, int unitsWanted, boolean customerSilent) {
        if (!enabled || unitsWanted >= unitsInForce) {
            return Optional.empty();
        }
        if (customerSilent) {
            return Optional.of(DropReason.CUSTOMER_SILENT);
        }
        if (unitsWanted == 0 && unitsInForce >= zeroFrom) {
            return Optional.of(DropReason.TO_ZERO);
        }
        // long: 100,000 units times 99 stays far inside, but the product is compared, not divided.
        long lost = (long) unitsInForce - unitsWanted;
        if (lost * 100 > (long) sharePercent * unitsInForce) {
            return Optional.of(DropReason.SHARE);
        }
        return Optional.empty();
    }
}
