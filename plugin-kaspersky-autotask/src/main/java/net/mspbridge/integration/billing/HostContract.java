package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.DropConfirmation;
import net.mspbridge.api.billing.LineOutcome;

/**
 * What of plugin-api 1.2 the host this plugin runs on provides. The plugin requires 1.1 only: on a
 * 1.1 host, whose plugin-api lacks {@code LineOutcome.HELD} and the request's confirmations, a held
 * line is reported as {@code DEFERRED} (not made, taken up by the next run, which is what holding
 * means) and no drop is ever confirmed, so every sudden decrease stays held and reported. The host's
 * plugin-api classes are the ones the plugin sees (plugin-api is {@code provided}), so a missing
 * piece shows as a missing enum constant or a linkage error on first use, caught here once.
 */
final class HostContract {

    /** {@code HELD} on a 1.2 host, else {@code DEFERRED}; looked up by name, not linked. */
    static final LineOutcome HELD = Arrays.stream(LineOutcome.values()).filter(o -> o.name().equals("HELD"))
            .findFirst().orElse(LineOutcome.DEFERRED);

    private HostContract() {
    }

    /** The confirmations the host passed; none from a 1.1 host, which cannot pass any. */
    static List<ConfirmedDrop> confirmations(BillingRunRequest request) {
        try {
            return Confirmations.of(request);
        } catch (LinkageError e) {
            return List.of();
        }
    }

    /** The only class that links against 1.2's confirmation types: loaded when first asked. */
    private static final class Confirmations {

        static List<ConfirmedDrop> of(BillingRunRequest request) {
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
}
