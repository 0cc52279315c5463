package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's confirmation of one held decrease, as the plan compares it: the plugin's own copy of
 * plugin-api 1.2's {@code DropConfirmation}, so that the plan and its tests do not need a 1.2 host
 * (see {@link HostContract}).
 *
 * @param pair          the (contract, service) pair
 * @param unitsInForce  the units in force the person saw
 * @param unitsWanted   the units wanted the person saw
 * @param effectiveDate the effective date of the run that held it
 * @param confirmedBy   who confirmed, as the host names its users
 */
record ConfirmedDrop(PairKey pair, int unitsInForce, int unitsWanted, LocalDate effectiveDate, String confirmedBy) {

    ConfirmedDrop {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
    }

    /** Whether it covers exactly this drop: the same pair, units and date. */
    boolean covers(PairKey other, int inForce, int wanted, LocalDate date) {
        return pair.equals(other) && unitsInForce == inForce && unitsWanted == wanted && effectiveDate.equals(date);
    }
}
