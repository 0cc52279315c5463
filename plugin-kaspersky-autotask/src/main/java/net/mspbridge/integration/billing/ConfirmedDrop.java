package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.DropConfirmation;

/**
 * A person's confirmation of one held decrease, as the plan compares it: plugin-api's
 * {@code DropConfirmation} with its Autotask ids parsed into this plugin's {@link PairKey}.
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

    /** The confirmations the host passed with the run (none from a host that confirms nothing). */
    static List<ConfirmedDrop> from(BillingRunRequest request) {
        List<ConfirmedDrop> confirmed = new ArrayList<>();
        for (DropConfirmation c : request.confirmations()) {
            // Ids that are not Autotask's (whole numbers) cannot cover a pair of this plugin's.
            try {
                PairKey pair = new PairKey(Long.parseLong(c.contract().id()), Long.parseLong(c.service().id()));
                confirmed.add(new ConfirmedDrop(pair, c.unitsInForce(), c.unitsWanted(), c.effectiveDate(),
                        c.confirmedBy()));
            } catch (NumberFormatException e) {
                // covers nothing
            }
        }
        return confirmed;
    }
}
