package net.mspbridge.integration.billing;

import java.util.List;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.Ref;

/** The wording of held decreases: the problem a held line reports, and the note of a confirmed one. */
final class HeldDrops {

    static final String LIKELY_CAUSES = "Likely causes: the hosts of a Security Center virtual server have not "
            + "reconnected yet (after a server restore), a licence key was replaced, a virtual server was renamed or "
            + "disabled, or the Business Hub inventory came back empty for the company.";
    static final String WHAT_TO_DO = "If the drop is real, confirm it on the Billing page (or run bill --apply "
            + "--confirm-drops) and the next apply makes it once. If it is not, nothing needs doing: when the usage "
            + "comes back, this line goes away.";

    private HeldDrops() {
    }

    /**
     * The problem of one held line: the customer, the service, the drop and why it is held.
     *
     * @param subject  "Company / Contract / Service"
     * @param customer the customer(s) billed on the contract
     * @param silent   the contract's customers that had billable usage at the last apply and report none now
     */
    static Problem problem(String subject, Ref customer, int inForce, int wanted, DropReason reason, List<String> silent,
                           DropRule rule) {
        int drop = inForce - wanted;
        String why = switch (reason) {
            case CUSTOMER_SILENT -> String.join(", ", silent) + " had"
                    + " billable usage at the last apply and reports none now";
            case TO_ZERO -> "it would fall to zero from " + inForce + " units (the Billing options hold a fall to zero "
                    + "from " + rule.zeroFrom() + " units)";
            case SHARE -> "it would lose more than " + rule.sharePercent() + " % of its units in one run";
        };
        String message = "Held, not sent: a drop of " + drop + " " + (drop == 1 ? "unit" : "units") + " (from " + inForce
                + " to " + wanted + ") for " + PlannedLine.label(customer) + " on " + subject + ", because " + why + ". "
                + LIKELY_CAUSES + " " + WHAT_TO_DO;
        return new Problem(ProblemKind.OTHER, subject, message, drop);
    }

    /** What a confirmed drop's line says. */
    static String confirmedNote(ConfirmedDrop confirmed) {
        return "A held drop from " + confirmed.unitsInForce() + " to " + confirmed.unitsWanted() + " units, confirmed by "
                + confirmed.confirmedBy() + ".";
    }
}
