package net.mspbridge.integration.autotask;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An Autotask contract (entity {@code Contracts}), with its type and status resolved to labels
 * through {@code Contracts/entityInformation/fields}, so that no picklist number is hard-coded here.
 * Fields Autotask did not return are null, or 0 for the primitive ones.
 *
 * <p>Dates are calendar dates: Autotask sends date-only fields as {@code yyyy-MM-ddTHH:mm:ss[.SSS][Z]};
 * the date written there is taken as it is, the time and zone are ignored (Autotask stores these
 * fields as a date at midnight).
 *
 * @param id                the contract id
 * @param companyId         the company billed ({@code companyID})
 * @param contractName      the name
 * @param contractNumber    Autotask's contract number, may be null
 * @param contractType      the contract type picklist value, may be null
 * @param contractTypeLabel its label, e.g. "Recurring Service"; empty when absent, the number as
 *                          text when the picklist does not know it
 * @param status            the status picklist value, may be null
 * @param statusLabel       its label, e.g. "Active"; empty / the number as text as above
 * @param startDate         first day of the contract, may be null
 * @param endDate           last day of the contract, may be null
 */
public record Contract(
        long id,
        long companyId,
        String contractName,
        String contractNumber,
        Integer contractType,
        String contractTypeLabel,
        Integer status,
        String statusLabel,
        LocalDate startDate,
        LocalDate endDate) {

    /** The label of the contract type billing works with. */
    public static final String RECURRING_SERVICE = "Recurring Service";

    /** The label of the active status. */
    public static final String ACTIVE = "Active";

    /** Whether the type's label is "Recurring Service" (ignoring case). */
    public boolean isRecurringService() {
        return RECURRING_SERVICE.toLowerCase(Locale.ROOT).equals(lower(contractTypeLabel));
    }

    /** Whether the status's label is "Active" (ignoring case). */
    public boolean isActive() {
        return ACTIVE.toLowerCase(Locale.ROOT).equals(lower(statusLabel));
    }

    /** Whether the contract's dates include {@code date} (both ends included; a missing end is open). */
    public boolean covers(LocalDate date) {
        return (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
