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
        return problem(subject, customer, inForce, wanted, reason, silent, List.of(), rule);
    }

    /**
     * As above; when customers billed on the contract at the last apply have left it since
     * ({@link DropCauses}), the problem says so first, by name, and does not put the drop on the
     * customers billed on it now: their usage did not fall.
     *
     * @param departed the customers that left the contract since the last apply; none for most contracts
     */
    static Problem problem(String subject, Ref customer, int inForce, int wanted, DropReason reason, List<String> silent,
                           List<DropCauses.Departed> departed, DropRule rule) {
        int drop = inForce - wanted;
        String why = switch (reason) {
            case CUSTOMER_SILENT -> String.join(", ", silent) + " had"
                    + " billable usage at the last apply and reports none now";
            case TO_ZERO -> "it would fall to zero from " + inForce + " units (the Billing options hold a fall to zero "
                    + "from " + rule.zeroFrom() + " units)";
            case SHARE -> "it would lose more than " + rule.sharePercent() + " % of its units in one run";
        };
        String units = drop + " " + (drop == 1 ? "unit" : "units") + " (from " + inForce + " to " + wanted + ")";
        String message = departed.isEmpty()
                ? "Held, not sent: a drop of " + units + " for " + PlannedLine.label(customer) + " on " + subject
                        + ", because " + why + ". " + LIKELY_CAUSES + " " + WHAT_TO_DO
                : "Held, not sent: a drop of " + units + " on " + subject + ". " + departedNote(departed, customer, wanted)
                        + " It is held because " + why + ". If that is intended, confirm the drop on the Billing page (or "
                        + "run bill --apply --confirm-drops) and the next apply makes it once; if not, switch "
                        + (departed.size() == 1 ? "that customer's" : "those customers'") + " billing on again or map "
                        + (departed.size() == 1 ? "it" : "them") + " back to this contract on the Companies panel, and this "
                        + "line goes away.";
        return new Problem(ProblemKind.OTHER, subject, message, drop);
    }

    /**
     * Who the drop of a contract is due to: the customers that left it since the last apply, first, then
     * whose usage the units wanted now count (theirs did not fall).
     *
     * @param customer the customer(s) billed on the contract now
     */
    static String departedNote(List<DropCauses.Departed> departed, Ref customer, int wanted) {
        StringBuilder note = new StringBuilder();
        for (DropCauses.Departed d : departed) {
            note.append(d.sentence()).append("; ");
        }
        note.setLength(note.length() - 2);
        note.append(departed.size() == 1 ? ", so its" : ", so their").append(" units are no longer billed here: ");
        if (wanted == 0) {
            note.append(PlannedLine.label(customer)).append(", billed here now, uses none of this service.");
        } else {
            note.append("the ").append(wanted).append(wanted == 1 ? " unit" : " units").append(" wanted now count the usage of ")
                    .append(PlannedLine.label(customer)).append(" only.");
        }
        return note.toString();
    }

    /** What a confirmed drop's line says. */
    static String confirmedNote(ConfirmedDrop confirmed) {
        return "A held drop from " + confirmed.unitsInForce() + " to " + confirmed.unitsWanted() + " units, confirmed by "
                + confirmed.confirmedBy() + ".";
    }
}
