package net.mspbridge.api.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's confirmation of one held decrease ({@link LineOutcome#HELD}), passed back to the plugin
 * in {@link BillingRunRequest#confirmations()} so that the next apply run makes the change.
 *
 * <p>A confirmation covers exactly the drop the person saw: the same (contract, service) pair, the
 * same units in force, the same units wanted, the same effective date. If usage falls further or
 * recovers, or Autotask's units change, the new drop is judged again and held again when it is
 * sudden; the old confirmation then covers nothing. A plugin makes a confirmed change at most once:
 * it records the change it made like any other, so a confirmation passed again to a later run finds
 * the units already in force and changes nothing. The host decides how long it keeps passing a
 * confirmation; passing one that covers nothing is harmless.
 *
 * @param contract      the contract of the held line ({@link ReportLine#contract()}); its id is what is compared
 * @param service       the service of the held line ({@link ReportLine#service()}); its id is what is compared
 * @param unitsInForce  the held line's {@link ReportLine#unitsInForce()}
 * @param unitsWanted   the held line's {@link ReportLine#unitsWanted()}, below {@code unitsInForce}
 * @param effectiveDate the effective date of the run that held the line
 * @param confirmedBy   who confirmed, as the host names its users; not blank
 * @param confirmedAt   when
 * @since 1.3
 */
public record DropConfirmation(Ref contract, Ref service, int unitsInForce, int unitsWanted, LocalDate effectiveDate,
                               String confirmedBy, Instant confirmedAt) {

    /**
     * @throws IllegalArgumentException when the units are negative or are no decrease, or
     *                                  {@code confirmedBy} is blank
     */
    public DropConfirmation {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        if (unitsWanted < 0 || unitsWanted >= unitsInForce) {
            throw new IllegalArgumentException("a confirmation is of a decrease: " + unitsInForce + " units in force, "
                    + unitsWanted + " wanted");
        }
        if (confirmedBy.isBlank()) {
            throw new IllegalArgumentException("confirmedBy must name who confirmed");
        }
    }

    /** The confirmation of a held line of a run with the given effective date. */
    public static DropConfirmation of(ReportLine held, LocalDate effectiveDate, String confirmedBy, Instant confirmedAt) {
        return new DropConfirmation(held.contract(), held.service(), held.unitsInForce(), held.unitsWanted(), effectiveDate,
                confirmedBy, confirmedAt);
    }

    /**
     * Whether this confirmation covers the given drop: the same contract and service ids, the same
     * units in force and wanted, and the same effective date.
     */
    public boolean covers(String contractId, String serviceId, int inForce, int wanted, LocalDate date) {
        return contract.id().equals(contractId) && service.id().equals(serviceId) && unitsInForce == inForce
                && unitsWanted == wanted && effectiveDate.equals(date);
    }
}
